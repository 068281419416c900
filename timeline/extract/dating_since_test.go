package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestSinceClauseDate: a clause "since" introduces, even inside a noun
// phrase, is the start of a stretch and so before the sentence's time: it
// keeps a time of its own ("more than a decade ago", whose "than" compares
// no figure), and never takes the date of the clause it hangs from.
func TestSinceClauseDate(t *testing.T) {
	more := []when{
		{text: "more than a decade ago", start: "2015-01-01", end: "2015-12-31", gran: timeline.Year, value: "2015"},
		{text: "2015", start: "2015-01-01", end: "2015-12-31", gran: timeline.Year, value: "2015"},
	}
	const ago = "Regulators rushed to seize the assets of Norbank on Wednesday after a run on the bank, marking the largest failure of a financial institution since Westbank collapsed at the height of the financial crisis more than a decade ago."
	runDatingCases(t, []datingCase{
		{name: "a time of its own closing the clause",
			text: ago, trigger: "collapse", start: "2015-01-01", basis: BasisText},
		{name: "no time of its own: undated, not the main clause's day",
			text:    "Regulators rushed to seize the assets of Norbank on Wednesday after a run on the bank, marking the largest failure of a financial institution since Westbank collapsed.",
			trigger: "collapse"},
		{name: "a year inside the clause",
			text:    "Regulators shut Norbank on Wednesday in the largest bank failure since Westbank collapsed in 2015.",
			trigger: "collapse", start: "2015-01-01", basis: BasisText},
		{name: "the main clause keeps its day",
			text: ago, trigger: "seize", start: "2025-03-12", basis: BasisText},
	}, append(more, dates...))
}
