package extract

import "testing"

// TestDaysApartNoun checks that an event noun a day or more before or
// after the clause it hangs from ("days before the announcement") does
// not take the clause's day (the publication day is Monday 2025-03-17),
// while one hours from it, one with a day of its own phrase, and a
// setting do.
func TestDaysApartNoun(t *testing.T) {
	runDatingCases(t, []datingCase{
		{name: "days before the announcement",
			text:    "Anna Berg sold 4,000 shares on Wednesday, days before the announcement.",
			trigger: "announcement"},
		{name: "a week after the vote",
			text:    "Ivo Renner resigned on Wednesday, a week after the vote.",
			trigger: "vote"},
		{name: "the clause keeps its day",
			text:    "Anna Berg sold 4,000 shares on Wednesday, days before the announcement.",
			trigger: "sell", start: "2025-03-12", basis: BasisText},
		{name: "hours from a day are that day",
			text:    "Police evacuated the town on Saturday, hours before the eruption.",
			trigger: "eruption", start: "2025-03-15", basis: BasisText},
		{name: "the noun's own day stays",
			text:    "Police evacuated the town days before the eruption on Sunday.",
			trigger: "eruption", start: "2025-03-16", basis: BasisText},
		{name: "a time after the noun may be its own",
			text:    "Anna Berg left the country years after the takeover in 2022.",
			trigger: "takeover", start: "2022-01-01", basis: BasisText},
		{name: "a date's year is no distance",
			text:    "Northwind Bank was fined last week after a derailment.",
			trigger: "derailment", start: "2025-03-10", basis: BasisText},
		{name: "nor a clause a week after",
			text:    "Anna Berg published her plan on Wednesday, a week after the election was called.",
			trigger: "call"},
		{name: "nor a clause days before",
			text:    "Ivo Renner resigned on Wednesday, days before the report was published.",
			trigger: "publish"},
		{name: "a clause hours after is that day",
			text:    "Ivo Renner resigned on Wednesday, hours after the report was published.",
			trigger: "publish", start: "2025-03-12"},
		{name: "a setting takes its verb's day",
			text:    "Ivo Renner was injured in the blast on Saturday.",
			trigger: "blast", start: "2025-03-15", basis: BasisText},
	}, dates)
}
