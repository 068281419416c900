package actor

import (
	"slices"
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestFieldsJoinedByAnd: a state or place before two fields of one body
// joined by "and" names that one body; a name of its own after "and" is
// another body.
func TestFieldsJoinedByAnd(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"The U.S. Securities and Exchange Commission opened an inquiry.", []string{"U.S. Securities and Exchange Commission"}},
		{"Regulators asked the European Securities and Markets Authority to look into it.", []string{"European Securities and Markets Authority"}},
		{"Orvia Airlines and Kelby Airlines grounded their jets.", []string{"Orvia Airlines", "Kelby Airlines"}},
		{"Alaska Airlines and United Airlines grounded their jets.", []string{"Alaska Airlines", "United Airlines"}},
		{"Alaska Airlines and United Parcel Service signed a deal.", []string{"Alaska Airlines", "United Parcel Service"}},
		{"Texas Securities and Trust Securities merged.", []string{"Texas Securities", "Trust Securities"}},
		{"The Texas Railways and Harbours Board cut fares.", []string{"Texas Railways and Harbours Board"}},
	} {
		var got []string
		for _, m := range findTexts(t, []string{c.text})[0] {
			if m.Kind == timeline.Organization {
				got = append(got, m.Name)
			}
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: bodies %q, want %q", c.text, got, c.want)
		}
	}
}
