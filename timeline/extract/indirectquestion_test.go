package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestIndirectQuestionRanksLow checks that what an indirect question asks
// about ("what the hackers had demanded") ranks as a bare event, while a
// demand the text tells ranks as the lexicon's events do.
func TestIndirectQuestionRanksLow(t *testing.T) {
	groups := []who{{text: "hackers", id: "hackers", kind: timeline.Group}}
	tests := []struct {
		text, trigger string
		low           bool
	}{
		{"The company did not say who was behind the attack or what the hackers had demanded.", "demand", true},
		{"Carl Dahl asked what Eva Falk had proposed.", "propose", true},
		{"The hackers demanded a ransom of $5 million on Monday.", "demand", false},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			r := parseTextCast(t, tc.text, groups, nil)
			e := eventBy(t, r, tc.trigger)
			if low := e.Salience <= bareSalience; low != tc.low {
				t.Errorf("%q salience %.2f, want low %v%s", e.Summary, e.Salience, tc.low, describe(r))
			}
		})
	}
}
