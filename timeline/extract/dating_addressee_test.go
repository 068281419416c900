package extract

import "testing"

// TestAddresseeDates checks that the addressee of a verb of telling takes
// the day of the telling, not a time inside the clause told, which the
// parse can hang from it as a relative clause (the publication day is
// Monday 2025-03-17).
func TestAddresseeDates(t *testing.T) {
	days := []when{
		{text: "1998", start: "1998-01-01", end: "1998-12-31", gran: "year", value: "1998"},
		{text: "2011", start: "2011-01-01", end: "2011-12-31", gran: "year", value: "2011"},
		{text: "Friday", start: "2025-03-14"},
	}
	runDatingCases(t, []datingCase{
		{name: "the clause told",
			text:    "Eva Falk, the head of the local branch, told a news conference that she had joined in 1998 and still attended events.",
			trigger: "conference", start: "2025-03-17", basis: ""},
		{name: "the telling's own day",
			text:    "Eva Falk told a news conference on Friday that she had joined in 1998.",
			trigger: "conference", start: "2025-03-14", basis: ""},
		{name: "what was told keeps its year",
			text:    "Eva Falk, the head of the local branch, told a news conference that she had joined in 1998 and still attended events.",
			trigger: "join", start: "1998-01-01", basis: ""},
	}, days)
}
