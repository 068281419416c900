package extract

import (
	"slices"
	"testing"
)

// TestYearsMonthsOffset checks that "five years and eight months after"
// counts the whole distance back from the day of the clause it hangs on
// (the publication day is Monday 2025-03-17; "on Saturday" is
// 2025-03-15).
func TestYearsMonthsOffset(t *testing.T) {
	more := append(slices.Clone(dates), when{text: "five years and eight months", value: "P5Y8M"})
	runDatingCases(t, []datingCase{
		{name: "years and months after",
			text:    "The church in Ostburg reopened on Saturday, five years and eight months after a fire destroyed its roof.",
			trigger: "destroy", start: "2019-07-01", basis: BasisText},
	}, more)
}
