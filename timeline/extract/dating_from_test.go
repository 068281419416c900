package extract

import (
	"slices"
	"testing"
)

// TestStartsAhead checks that a time after "from" still ahead of the
// paper dates the start of what the clause tells, while a past one stays
// a bound and dates nothing (the publication day is Monday 2025-03-17).
func TestStartsAhead(t *testing.T) {
	more := append(slices.Clone(dates), when{text: "next spring", start: "2026-03-01", end: "2026-05-31", value: "2026-SP"},
		when{text: "1998", start: "1998-01-01", end: "1998-12-31", value: "1998"})
	runDatingCases(t, []datingCase{
		{name: "a start ahead",
			text:    "Test trains will run from next spring, Anna Berg said.",
			trigger: "run", start: "2026-03-01", basis: BasisText},
		{name: "a bound in the past",
			text:    "Ivo Renner served on the board from 1998, Anna Berg said.",
			trigger: "serve", start: "", basis: ""},
	}, more)
}

// TestStartsAheadPast checks that a deed in the past with a start ahead
// after "from" is not dated by it: the start is of what it set going.
func TestStartsAheadPast(t *testing.T) {
	more := append(slices.Clone(dates), when{text: "April 1", start: "2025-04-01"})
	runDatingCases(t, []datingCase{
		{name: "named from a day ahead",
			text:    "The board named Lena Park chief executive from April 1, Anna Berg said.",
			trigger: "name", start: "", basis: ""},
	}, more)
}
