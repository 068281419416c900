package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestSurnameHeads: an organisation word that is a surname too ends a
// person's name after a given name, a title or an honorific, or before
// "who"; after any other name it still ends a body's.
func TestSurnameHeads(t *testing.T) {
	tests := []struct{ text, name, kind string }{
		{"Emily Post said the rules had changed.", "Emily Post", timeline.Person},
		{"Adam Hall wrote the report.", "Adam Hall", timeline.Person},
		{"Coach Maria Brand left the club on Friday.", "Maria Brand", timeline.Person},
		{"The team lost without Elton Brand, who is injured.", "Elton Brand", timeline.Person},
		{"Orbis Bank said the loan was safe.", "Orbis Bank", timeline.Organization},
		{"Kastrel Court ruled on Monday.", "Kastrel Court", timeline.Organization},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			ms, _ := findAndResolve(t, []timeline.Document{docOf("a", tc.text)})
			found := false
			for _, m := range ms[0] {
				if m.Name == tc.name {
					found = true
					if m.Kind != tc.kind {
						t.Errorf("%q is a %s, want a %s", m.Text, m.Kind, tc.kind)
					}
				}
			}
			if !found {
				t.Errorf("no %q in %s", tc.name, mentionIDs(ms[0]))
			}
		})
	}
}
