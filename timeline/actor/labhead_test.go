package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestLaboratoryHeads: "Laboratory" and "Lab" end a body's name as
// "Labs" does ("research" is not: it is as often a role's word, "Carl Dahl,
// security research director at Dovrik Labs, said"), and a town after "in" behind such a
// body keeps its place when "which" and a business verb follow: the
// verb is the body's.
func TestLaboratoryHeads(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Anna Berg spoke at Dovrik Laboratory on Monday.", "Anna Berg=anna-berg Dovrik Laboratory=dovrik-laboratory"},
		{"Dovrik Lab engineers cheered.", "Dovrik Lab=dovrik-lab engineers=engineers"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			ms, _ := findAndResolve(t, []timeline.Document{docOf("a", tc.text)})
			if got := mentionIDs(ms[0]); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
	checkKind(t, []string{"Anna Berg heads the Dovrik Laboratory in Varnstad, which built the camera."}, "Varnstad", timeline.Place)
}
