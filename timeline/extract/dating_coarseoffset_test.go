package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestCoarseOffset checks that "a month after" counts from a month and
// "nearly a year after" from a month or a day, giving the month or the
// year it lands in, not the month of the clause it hangs from, the one it
// certainly was not in.
func TestCoarseOffset(t *testing.T) {
	times := []when{
		{text: "August 2019", start: "2019-08-01", end: "2019-08-31", gran: timeline.Month, value: "2019-08"},
		{text: "July 2020", start: "2020-07-01", end: "2020-07-31", gran: timeline.Month, value: "2020-07"},
		{text: "a month", value: "P1M"},
		{text: "a year", value: "P1Y"},
	}
	runDatingCases(t, []datingCase{
		{name: "a month after, of a month",
			text:    "Carl Dahl was found dead in his cell in August 2019, a month after he was arrested.",
			trigger: "arrest", start: "2019-07-01", basis: BasisText},
		{name: "nearly a year after, of a month",
			text:    "Eva Falk was arrested in July 2020, nearly a year after Carl Dahl killed himself in a jail cell.",
			trigger: "kill", start: "2019-01-01", basis: BasisText},
	}, times)
}
