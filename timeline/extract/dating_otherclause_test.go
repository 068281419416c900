package extract

import "testing"

// TestOtherClauseTime checks that an event is not dated by a time that
// lies in another predicate's clause: what was told, when the clause's
// head is no event word ("that a return to the prices of 2022 was
// unrealistic"), or a past relative clause under a present perfect, which
// takes no past day of its own ("has blamed a fault for the outage that
// stopped 300 looms last week"). The clause keeps its own time. A year
// after "before" is a deadline, even read as an adverb (see boundOf).
func TestOtherClauseTime(t *testing.T) {
	runDatingCases(t, []datingCase{
		{name: "a telling is not dated by a year in a copular clause it tells",
			text:    "Eva Falk told the council that a return to the prices of 2022 was unrealistic.",
			trigger: "tell", start: "2025-03-17", basis: BasisPublication},
		{name: "a telling is not dated by a week in an adjective's clause it tells",
			text:    "Gus Holm told farmers that the price of wheat last week was far too low.",
			trigger: "tell", start: "2025-03-17", basis: BasisPublication},
		{name: "a telling is not dated by a week in a copular clause it tells",
			text:    "Gus Holm told farmers that the market was calm last week.",
			trigger: "tell", start: "2025-03-17", basis: BasisPublication},
		{name: "a telling is not dated by a year after before in what it tells",
			text:    "Gus Holm told farmers that a return to the quotas they had before 2022 was impossible.",
			trigger: "tell", start: "2025-03-17", basis: BasisPublication},
		{name: "a return before a year, the adverb misread, is not of that year",
			text:    "Gus Holm told farmers that a return to the quotas they had before 2022 was impossible.",
			trigger: "return", start: ""},
		{name: "a present perfect is not dated by a past relative clause on its argument",
			text:    "Norland Mills has blamed a fault in its own software for the outage that stopped 300 looms last week.",
			trigger: "blame", start: "2025-03-17", basis: BasisPublication},
		{name: "the relative clause keeps its own week",
			text:    "Norland Mills has blamed a fault in its own software for the outage that stopped 300 looms last week.",
			trigger: "stop", start: "2025-03-10", basis: BasisText},
		{name: "a past verb may still share the time of a relative clause with no comma",
			text:    "Police arrested a man who attacked Eva Falk on Sunday.",
			trigger: "arrest", start: "2025-03-16"},
	}, dates)
}
