package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestGoalWasTo checks that an infinitive a copula ties to a noun of
// intent ("His goal was to play again in May") keeps the month to come
// the tagger gave it, not the one a year back that its copula's past
// would move it to; a verb in the past is still moved.
func TestGoalWasTo(t *testing.T) {
	may := []when{{text: "in May", start: "2025-05-01", end: "2025-05-31", gran: timeline.Month, value: "2025-05"}}
	runDatingCases(t, []datingCase{
		{name: "a goal was to",
			text:    "His goal was to play again in May, a person close to Anna Berg said.",
			trigger: "play", start: "2025-05-01", basis: BasisText},
		{name: "a deed in the past",
			text:    "Gus Holm played in Ostburg in May, Anna Berg said.",
			trigger: "play", start: "2024-05-01", basis: BasisText},
	}, may)
}
