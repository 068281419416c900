package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestRoleOfPossessed: a possessive inside a role's "of" phrase is the
// complement's, so the role keeps its head; one opening the role owns it.
func TestRoleOfPossessed(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Tomas Brink, chairman of parliament's finance committee, said the cuts would cost more.", "chairman of parliament's finance committee"},
		{"Ana Velloso, head of the union's legal team, said it would sue.", "head of the union's legal team"},
		{"Ana Velloso, the president's special envoy, said so.", "special envoy"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			got := ""
			for _, m := range findOne(tc.text) {
				if m.Kind == timeline.Person {
					got = m.Role
				}
			}
			if got != tc.want {
				t.Errorf("role %q, want %q", got, tc.want)
			}
		})
	}
}
