package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestVerbAfterNameComma: a verb after a name's comma opens the clause
// the name is the subject of, not an apposition naming a body: the body
// noun of its object or agent ("built the firm", "detained by police")
// makes no organisation of the name.
func TestVerbAfterNameComma(t *testing.T) {
	tests := []struct{ text, name string }{
		{"Mr Dray, whose full name is Quillon Dray, built the firm in the city of Ostrava.", "Quillon Dray"},
		{"Mr Dray, whose full name is Quillon Dray, left the group in 2019.", "Quillon Dray"},
		{"The former treasurer, Ivo Brandt, and the ex-auditor, Lena Sark, were detained by police on Monday.", "Lena Sark"},
		{"The treasurer, Ivo Brandt, and the auditor, Lena Sark, have joined the agency.", "Lena Sark"},
	}
	for _, tc := range tests {
		found := false
		for _, m := range findTexts(t, []string{tc.text})[0] {
			if m.Text == tc.name || m.Name == tc.name {
				found = true
				if m.Kind != timeline.Person {
					t.Errorf("%q: %q is a %s, want a person", tc.text, m.Text, m.Kind)
				}
			}
		}
		if !found {
			t.Errorf("%q: no mention of %q", tc.text, tc.name)
		}
	}
}
