package extract

import "testing"

// TestAheadSettingDates checks that a deed still to come takes the day of
// the event it is to take part in, when the day hangs on that event's
// noun, and that a deed told as done keeps its own day (the publication
// day is Monday 2025-03-17).
func TestAheadSettingDates(t *testing.T) {
	days := []when{{text: "March 28", start: "2025-03-28"}, {text: "Friday", start: "2025-03-21"}}
	runDatingCases(t, []datingCase{
		{name: "is to appear for a hearing on a day",
			text:    "Gus Holm is to appear in court for a hearing on March 28.",
			trigger: "appear", start: "2025-03-28", basis: BasisText},
		{name: "is to be remembered at a service on a day",
			text:    "Carl Dahl is to be remembered at a service in Ostburg on Friday.",
			trigger: "remember", start: "2025-03-21", basis: BasisText},
		{name: "a request made for a hearing ahead",
			text:    "Anna Berg asked the judge for a hearing on March 28.",
			trigger: "ask", start: "2025-03-17"},
	}, days)
}
