package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestAccentedNames: a name is the same written with or without its
// accents: a given name of the list, and a place of the gazetteer.
func TestAccentedNames(t *testing.T) {
	checkPersons(t, []personCase{
		{"José Dahl arrived on Monday.", "José Dahl", true},
		{"Andres Holm arrived on Monday.", "Andres Holm", true},
	})
	for _, tc := range []struct{ text, name, ref string }{
		{"Anna Berg flew to Zürich on Monday.", "Zürich", "zurich"},
		{"Anna Berg flew to Zürich and to München on Monday.", "München", "munich"},
	} {
		eachMention(t, tc.text, tc.name, func(m Mention) {
			if m.Ref != tc.ref || m.Kind != timeline.Place {
				t.Errorf("%q: %q is %s %q, want the place %q", tc.text, m.Text, m.Kind, m.Ref, tc.ref)
			}
		})
	}
	_, actors := findAndResolve(t, []timeline.Document{docOf("a", "José Dahl said on Monday he would stay."), docOf("b", "Jose Dahl said on Tuesday he would go.")})
	if len(actors) != 1 || actors[0].ID != "jose-dahl" {
		t.Errorf("José Dahl and Jose Dahl: %v, want one actor jose-dahl", actors)
	}
}

// TestFoldName: accents go and each letter keeps its case; a plain ASCII
// name comes back as it is (the fast path), mixed case and all.
func TestFoldName(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Zürich", "Zurich"},
		{"ÉMILE", "EMILE"},
		{"Émile Dahl", "Emile Dahl"},
		{"Anna Berg", "Anna Berg"},
		{"McDAHL-holm", "McDAHL-holm"},
		{"", ""},
	} {
		if got := foldName(tc.in); got != tc.want {
			t.Errorf("foldName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
