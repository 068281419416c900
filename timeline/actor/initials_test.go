package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestInitialsOpenName: a short word in capitals opens a company's name
// that a capitalised word goes on with; words shouted in capitals, a
// possessive or a single initial open none.
func TestInitialsOpenName(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Shares of DVK Health fell after the report.", "DVK Health=dvk-health"},
		{"Anna Berg, who runs BHQ Group, said the mine would close.", "Anna Berg=anna-berg BHQ Group=bhq-group"},
		{"Gus Holm said the STORM HIT Dovrik on Monday.", "Gus Holm=gus-holm"},
		{"Gus Holm said WE ARE Dovrik Bank.", "Gus Holm=gus-holm Dovrik Bank=dovrik-bank"},
		{"Gus Holm said the NY Times had erred.", "Gus Holm=gus-holm NY Times=ny-times"},
		{"Gus Holm said DVK's Dovrik Mine would close.", "Gus Holm=gus-holm"},
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
