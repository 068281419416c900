package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestSentenceInitialTitle: a common noun for a role, capitalised only
// because it opens the sentence, is no title written before the name.
func TestSentenceInitialTitle(t *testing.T) {
	tests := []struct{ text, role, title string }{
		{"Owner Viktor Marek said he would not walk away.", "owner", ""},
		{"Assistant manager Lee Orman will take charge.", "assistant manager", ""},
		{"Transport Minister Luc Garnier urged both sides to talk.", "Transport Minister", "Transport Minister"},
		{"Judge Mara Venn adjourned the case.", "Judge", "Judge"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			ms, _ := findAndResolve(t, []timeline.Document{docOf("a", tc.text)})
			for _, m := range ms[0] {
				if m.Kind == timeline.Person {
					if m.Role != tc.role || m.Title != tc.title {
						t.Errorf("role %q title %q, want %q %q", m.Role, m.Title, tc.role, tc.title)
					}
					return
				}
			}
			t.Errorf("no person in %s", mentionIDs(ms[0]))
		})
	}
}
