package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestRelativeWhen checks that a clause "when" opens right after the end
// of a range is of that end, not of the whole range the parse hangs it
// under, and what goes with it too.
func TestRelativeWhen(t *testing.T) {
	years := []when{
		{text: "2012", start: "2012-01-01", end: "2012-12-31", gran: timeline.Year, value: "2012"},
		{text: "2020", start: "2020-01-01", end: "2020-12-31", gran: timeline.Year, value: "2020"},
	}
	runDatingCases(t, []datingCase{
		{name: "the end of the range",
			text:    "Carl Dahl led the country from 2012 until 2020, when he stepped down citing ill health.",
			trigger: "step down", start: "2020-01-01", basis: BasisText},
		{name: "what goes with it",
			text:    "Carl Dahl led the country from 2012 until 2020, when he stepped down citing ill health.",
			trigger: "cite", start: "2020-01-01", basis: BasisText},
	}, years)
}
