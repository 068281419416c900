package extract

import "testing"

// TestObjectDay checks that a day a verb declares something does not date
// the declaring, while a day after a verb whose object is no day does
// (the publication day is Monday 2025-03-17).
func TestObjectDay(t *testing.T) {
	days := []when{{text: "Saturday", start: "2025-03-15"}}
	runDatingCases(t, []datingCase{
		{name: "a day declared a day of mourning",
			text:    "Eva Falk declared Saturday a day of mourning for the victims.",
			trigger: "declare", start: "2025-03-17", basis: BasisPublication},
		{name: "a day made a holiday, after a subordinate clause",
			text:    "In Riverton, police closed the roads and Mayor Eva Falk declared Saturday a public holiday for most residents.",
			trigger: "declare", start: "2025-03-17", basis: BasisPublication},
		{name: "a non-working day",
			text:    "Mayor Eva Falk declared Saturday a non-working day for most residents.",
			trigger: "declare", start: "2025-03-17", basis: BasisPublication},
		{name: "a non-working day in a sentence of three clauses",
			text:    "In Riverton, officials declared a curfew, police set up checkpoints on the roads to the city and Mayor Eva Falk declared Saturday a non-working day for most residents.",
			trigger: "declare", start: "2025-03-17", basis: BasisPublication},
		{name: "a day before an object that is no day",
			text:    "Eva Falk announced Saturday a plan to rebuild the school.",
			trigger: "announce", start: "2025-03-15", basis: BasisText},
		{name: "a state declared on the day",
			text:    "Eva Falk declared Saturday a state of emergency in the north.",
			trigger: "declare", start: "2025-03-15", basis: BasisText},
	}, days)
}

// TestDayAsVerb checks that a day a verb sets "as" a date or deadline
// dates what that date is for, not the setting, which keeps the day its
// sentence names; a day set as no day noun still dates the verb (the
// publication day is Monday 2025-03-17).
func TestDayAsVerb(t *testing.T) {
	days := []when{{text: "Friday", start: "2025-03-14"}, {text: "October 5", start: "2025-10-05"}}
	runDatingCases(t, []datingCase{
		{name: "the setting keeps its own day",
			text:    "A judge on Friday set October 5 as the start date for the trial of Ivo Renner.",
			trigger: "set", start: "2025-03-14", basis: BasisText},
		{name: "the trial keeps the date set",
			text:    "A judge on Friday set October 5 as the start date for the trial of Ivo Renner.",
			trigger: "trial", start: "2025-10-05", basis: BasisText},
		{name: "a day set for no day noun",
			text:    "Ivo Renner fixed the roof on Friday as a favour to Anna Berg.",
			trigger: "fix", start: "2025-03-14", basis: BasisText},
	}, days)
}
