package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestSurnameAlone: a surname opening a sentence after the full name is
// that person, also when the surname is a given name elsewhere or the
// name of a place; a place after a preposition of place stays one.
func TestSurnameAlone(t *testing.T) {
	tests := []struct {
		text string
		at   int    // the mention's rank among those written so
		word string // the mention's text
		want string // the person it names; "" for none
	}{
		{"Interior Minister Anna Marek arrived in the flooded town on Sunday. Marek visited the site on Monday.", 0, "Marek", "Anna Marek"},
		{"Interior Minister Anna Thomas arrived on Sunday. Thomas visited the site on Monday.", 0, "Thomas", "Anna Thomas"},
		{"Interior Minister Anna Marek arrived on Sunday. A farmer, Marek Dvorak, lost his house. Marek visited the site on Monday.", 0, "Marek", "Anna Marek"},
		{"Interior Minister Anna Jordan arrived on Sunday.", 0, "Anna Jordan", "Anna Jordan"},
		{"Interior Minister Anna Jordan arrived on Sunday. Jordan visited the site on Monday.", 0, "Jordan", "Anna Jordan"},
		{"Actor Denzel Washington arrived on Sunday. Washington visited the set on Monday.", 0, "Washington", "Denzel Washington"},
		{"Mr Paris said the vote was fair.", 0, "Mr Paris", "Paris"},
		{"Interior Minister Anna Jordan arrived on Sunday. She later flew to Jordan.", 0, "Jordan", ""},
		// Two people of that surname: the word alone is neither.
		{"Actor Denzel Washington met Mayor Tomas Washington on Sunday. Washington spoke first.", 0, "Washington", ""},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			ms, _ := findAndResolve(t, []timeline.Document{docOf("a", tc.text)})
			n := 0
			for _, m := range ms[0] {
				if m.Text != tc.word {
					continue
				}
				if n == tc.at {
					if tc.want == "" && m.Kind == timeline.Person || tc.want != "" && (m.Kind != timeline.Person || m.Name != tc.want) {
						t.Errorf("%q is %s %q, want person %q", m.Text, m.Kind, m.Name, tc.want)
					}
				}
				n++
			}
			if n <= tc.at && tc.want != "" {
				t.Errorf("no mention %q in %s", tc.word, mentionIDs(ms[0]))
			}
		})
	}
}
