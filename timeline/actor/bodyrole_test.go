package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestBodyRoles: a role held in a body names the body, as the document
// resolves it; a role in a state or a person's keeps its own form.
func TestBodyRoles(t *testing.T) {
	tests := []struct{ text, person, want string }{
		{"Ostrand Bank lent the money. The bank's former chief executive, Mara Lind, said so.", "Mara Lind", "former chief executive of Ostrand Bank"},
		{"Ostrand Bank lent the money. Mara Lind, the bank's former chief executive, said so.", "Mara Lind", "former chief executive of Ostrand Bank"},
		{"Halvorsen Group made an offer. Halvorsen's chief executive, Ingrid Vasshaug, said so.", "Ingrid Vasshaug", "chief executive of Halvorsen Group"},
		{"The Competition Authority opened a review. The authority said it would act. The lender, Ostrand Bank, said it was calm. Its chief executive, Henrik Dahl, agreed.",
			"Henrik Dahl", "chief executive of Ostrand Bank"},
		// "Its" opening a sentence is the body the sentence before is about,
		// not another it named after its subject.
		{"The grid operator Voltra said the line was safe. The International Atomic Energy Agency said the plant had lost power. Its director general, Keld Arvik, said so.",
			"Keld Arvik", "director general of IAEA"},
		{"Halvorsen Group made an offer. The Norvian Energy Authority said it had reviewed the Halvorsen Group bid. Its chairman, Ivo Dane, agreed.",
			"Ivo Dane", "chairman of Norvian Energy Authority"},
		// Initials no document has spelled out yet are still the subject
		// "Its" follows, not the body named before them.
		{"Anna Berg spoke outside Kestrel General Hospital. The NWCA urged other bodies to act. Its chief executive, Ivo Dane, said so.",
			"Ivo Dane", "chief executive of NWCA"},
		{"Ashbury Rovers lost again. Ashbury Rovers manager Sean Whitlock resigned.", "Sean Whitlock", "manager of Ashbury Rovers"},
		{"Russia's foreign minister, Ivan Petrenko, said so.", "Ivan Petrenko", "Russian foreign minister"},
		{"Brody's special envoy, Keld Arvik, said so.", "Keld Arvik", "special envoy"},
		// A possessive inside a body's name is no owner of the role.
		{"A spokesman for the Retailers' Federation, Paul Dunmore, said so.", "Paul Dunmore", "spokesman for the Retailers' Federation"},
		{"Mara Lind, a former chairwoman of the Norvian Bankers' Association, said so.", "Mara Lind", "former chairwoman of the Norvian Bankers' Association"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			ms, _ := findAndResolve(t, []timeline.Document{docOf("a", tc.text)})
			found := false
			for _, m := range ms[0] {
				if m.Text == tc.person {
					found = true
					if m.Role != tc.want {
						t.Errorf("role %q, want %q", m.Role, tc.want)
					}
				}
			}
			if !found {
				t.Errorf("no %q in %s", tc.person, mentionIDs(ms[0]))
			}
		})
	}
}
