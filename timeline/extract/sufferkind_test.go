package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestSufferingIsNoAgreement checks that what a country or a company
// suffers is no agreement, the lexicon's first kind for the verb (to
// suffer as to tolerate).
func TestSufferingIsNoAgreement(t *testing.T) {
	firms := []who{{text: "Halvard Steel", id: "halvard-steel", kind: timeline.Organization}}
	tests := []struct{ text, trigger string }{
		{"Sudland is suffering its worst economic crisis since independence.", "suffer"},
		{"Shares of Halvard Steel suffered their worst day in a decade on Monday.", "suffer"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			r := parseTextCast(t, tc.text, firms, nil)
			if e := eventBy(t, r, tc.trigger); e.Kind == KindAgreement {
				t.Errorf("%q is an agreement%s", e.Summary, describe(r))
			}
		})
	}
}
