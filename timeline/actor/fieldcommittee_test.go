package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestFieldsJoinedCommittee: two fields joined by "and" before a
// government body's word name one body; before a company's word, or none,
// they end two names, as "and The" does.
func TestFieldsJoinedCommittee(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Vell will testify before the House Energy and Commerce Committee next week.",
			"House Energy and Commerce Committee=house-energy-and-commerce-committee"},
		{"Duke Energy and Vell Power said they would merge.", "Duke Energy=duke-energy Vell Power=vell-power"},
		// An article after "and" opens another title.
		{"Hours before, The Observer and The Dovrik Times published accounts.", "Dovrik Times=dovrik-times"},
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
