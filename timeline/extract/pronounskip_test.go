package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestPronounPastSubject: an object pronoun whose sentence names only
// its own verb's subject before it stands for another person of the
// sentences before.
func TestPronounPastSubject(t *testing.T) {
	president := []who{{text: "The president", id: "ole-moe", name: "Ole Moe"}}
	tests := []roleCase{
		{"the other of the two named before",
			"President Ole Moe called Carl Dahl on Monday. The president wished him well.",
			"wish", timeline.RolePatient, "carl-dahl"},
		{"past a sentence naming only the subject",
			"Carl Dahl was freed on Monday. President Ole Moe spoke to reporters in Ostburg. The president thanked him.",
			"thank", timeline.RolePatient, "carl-dahl"},
		{"not when two others are named",
			"President Ole Moe met Carl Dahl and Gus Holm on Monday. The president thanked him.",
			"thank", timeline.RolePatient, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := parseTextCast(t, tc.text, president, nil)
			e := eventBy(t, r, tc.trigger)
			if got := role(&e, tc.role); got != tc.want {
				t.Errorf("%s %q, want %q%s", tc.role, got, tc.want, describe(r))
			}
		})
	}
}
