package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestCreditLine: the staff a wire story's credit line names are no
// actors; the same names in the story are.
func TestCreditLine(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"The minister resigned on Monday.\nReporting by Ana Velloso and Tomas Brink; Editing by Clara Mott", nil},
		{"The minister resigned on Monday. (Additional reporting by Ana Velloso in Kelby; Writing by Tomas Brink)", nil},
		{"Ana Velloso said the minister had resigned.", []string{"Ana Velloso"}},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			var got []string
			for _, m := range findOne(tc.text) {
				if m.Kind == timeline.Person {
					got = append(got, m.Name)
				}
			}
			if len(got) != len(tc.want) || len(got) > 0 && got[0] != tc.want[0] {
				t.Errorf("people %q, want %q", got, tc.want)
			}
		})
	}
}
