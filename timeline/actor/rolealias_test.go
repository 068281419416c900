package actor

import (
	"slices"
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestRolePhraseIsNoAlias: a title a person is called by goes with the
// name into an alias ("President Hal Brody"); a role phrase that opens a
// sentence does not ("Former finance minister Tom Hale").
func TestRolePhraseIsNoAlias(t *testing.T) {
	for _, c := range []struct {
		text, name, alias string
		want              bool
	}{
		{"Former finance minister Tomas Hale said nothing on Monday.", "Tomas Hale", "Former finance minister Tomas Hale", false},
		{"Opposition Labour Party leader Keir Vellan called for an election.", "Keir Vellan", "Opposition Labour Party leader Keir Vellan", false},
		{"Former Prime Minister Ivo Dane flew home.", "Ivo Dane", "Former Prime Minister Ivo Dane", false},
		{"President Hal Brody flew home on Monday.", "Hal Brody", "President Hal Brody", true},
		{"Secretary of State Ansel Vark flew home on Monday.", "Ansel Vark", "Secretary of State Ansel Vark", true},
	} {
		_, actors := findAndResolve(t, []timeline.Document{docOf("a", c.text)})
		found := false
		for _, a := range actors {
			if a.Name == c.name {
				found = true
				if got := slices.Contains(a.Aliases, c.alias); got != c.want {
					t.Errorf("%q: alias %q is %v, want %v (%v)", c.text, c.alias, got, c.want, a.Aliases)
				}
			}
		}
		if !found {
			t.Errorf("%q: no actor %q", c.text, c.name)
		}
	}
}
