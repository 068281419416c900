package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// An adverb or a participle opening a sentence is no name, nor part of
// the name after it; a name with an apposition after it stays one.
func TestClauseOpener(t *testing.T) {
	for _, tc := range []struct{ text, not, name, kind string }{
		{"Sadly, the mother of two died from her injuries.", "Sadly", "", ""},
		{"Thankfully, a police officer stopped to help.", "Thankfully", "", ""},
		{"Typically, the programme runs for four hours.", "Typically", "", ""},
		{"Bringing Brand in was the coup of the summer, Lakers coach Dan Orr said.", "Bringing Brand", "", ""},
		{"\"Knowing Billy, it's no surprise,\" Brown said.", "Knowing Billy", "Brown", timeline.Person},
		{"Typically Norvex says nothing until a patch is ready.", "Typically Norvex", "Norvex", timeline.Person},
		{"Actually Dana Vell said the team was ready.", "Actually Dana Vell", "Dana Vell", timeline.Person},
		{"Once Norvex said so, rivals acted fast.", "Once Norvex", "Norvex", timeline.Person},
		{"The flaw is serious, Norvex said. Typically Norvex releases patches once a month.", "Typically Norvex", "Norvex", timeline.Person},
		{"The flaw is serious, Norvex said. Bringing Norvex in was the coup.", "Bringing Norvex", "Norvex", timeline.Person},
		{"Kelly Brown said the team was ready.", "", "Kelly Brown", timeline.Person},
		{"Kelly, 34, said the team was ready.", "", "Kelly", timeline.Person},
		{"Daly, the coach, said the team was ready.", "", "Daly", timeline.Person},
	} {
		all := findTexts(t, []string{tc.text})
		found := tc.name == ""
		for _, m := range all[0] {
			if m.Text == tc.not {
				t.Errorf("%q in %q read as a %s", m.Text, tc.text, m.Kind)
			}
			if m.Text == tc.name {
				found = true
				if m.Kind != tc.kind {
					t.Errorf("%q in %q: a %s, want a %s", m.Text, tc.text, m.Kind, tc.kind)
				}
			}
		}
		if !found {
			t.Errorf("%q: no mention %q in %v", tc.text, tc.name, all[0])
		}
	}
}
