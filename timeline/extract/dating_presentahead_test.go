package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestPresentAheadShift: a bare month the tagger resolved
// before the publication day (Monday 2025-03-17) is the coming one when
// the clause it dates is in the present: news tells a scheduled event so.
// A past clause keeps the past one.
func TestPresentAheadShift(t *testing.T) {
	july := []when{{text: "in July", start: "2024-07-01", end: "2024-07-31", gran: timeline.Month, value: "2024-07"}}
	runDatingCases(t, []datingCase{
		{name: "a sentencing told in the present is this year's July",
			text:    "Ivo Renner faces up to 20 years in prison when he is sentenced in July.",
			trigger: "sentence", start: "2025-07-01"},
		{name: "so is an opening",
			text:    "The trial of Ivo Renner opens in July.",
			trigger: "open", start: "2025-07-01"},
		{name: "a saying's time may be its clause's: no shift",
			text:    "Anna Berg estimates her flats, worth $2 million in July, are worth half that now.",
			trigger: "estimate", start: "2025-03-17"},
		{name: "a past clause keeps last July",
			text:    "Ivo Renner was sentenced in July.",
			trigger: "sentence", start: "2024-07-01"},
	}, july)
}
