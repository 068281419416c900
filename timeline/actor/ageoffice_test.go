package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestAgedOffice: an age before an office ("the 70-year-old judge") is
// the office's holder the document names, as "the judge" is, and "the
// pontiff" is the pope the document names by his title.
func TestAgedOffice(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Judge Carl Dahl sentenced him. The 70-year-old judge said he had lied.",
			"Carl Dahl=carl-dahl The 70-year-old judge=carl-dahl"},
		{"Pope Anselm greeted pilgrims. The pontiff said he was tired.",
			"Anselm=anselm pilgrims=pilgrims The pontiff=anselm"},
		{"Pope Anselm greeted pilgrims. The 85-year-old pontiff said he was tired.",
			"Anselm=anselm pilgrims=pilgrims The 85-year-old pontiff=anselm"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			ms, _ := findAndResolve(t, []timeline.Document{docOf("a", tc.text)})
			if got := mentionIDs(ms[0]); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
