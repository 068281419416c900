package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestGivenNameTitle: a title that is also a given name opens a name
// when a name follows it, and so does a given name of two hyphenated
// parts.
func TestGivenNameTitle(t *testing.T) {
	tests := []struct{ text, want string }{
		{"A consortium led by former striker Dean Casey bought the club.", "Dean Casey"},
		{"Dean Casey said the club was saved.", "Dean Casey"},
		{"\"We have heard promises before,\" said Ann-Marie Holt, a union representative.", "Ann-Marie Holt"},
		{"Jean-Pierre Dubois said the talks had failed.", "Jean-Pierre Dubois"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			ms, _ := findAndResolve(t, []timeline.Document{docOf("a", tc.text)})
			for _, m := range ms[0] {
				if m.Kind == timeline.Person {
					if m.Name != tc.want {
						t.Errorf("person %q, want %q", m.Name, tc.want)
					}
					return
				}
			}
			t.Errorf("no person in %s", mentionIDs(ms[0]))
		})
	}
}
