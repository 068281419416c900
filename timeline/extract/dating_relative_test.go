package extract

import "testing"

// TestRelativesPast: a time long past in a relative clause about a person
// that an argument of the verb has is that clause's, not the verb's; a
// thing's relative clause may tell the verb's own deed, and a day of the
// news there may be the verb's.
func TestRelativesPast(t *testing.T) {
	runDatingCases(t, []datingCase{
		{name: "a person's relative clause keeps its year",
			text:    "Crowds cheered the rebels who took the fort in 2022.",
			trigger: "cheer"},
		{name: "an event noun's too",
			text:    "Thousands followed the trial of the men who robbed the bank in 2022.",
			trigger: "trial"},
		{name: "the relative clause itself",
			text:    "Crowds cheered the rebels who took the fort in 2022.",
			trigger: "take", start: "2022-01-01", basis: BasisText},
		{name: "a thing's relative clause may tell the same deed",
			text:    "The crew lowered the boat that carried the men ashore in 2022.",
			trigger: "lower", start: "2022-01-01", basis: BasisText},
		{name: "a day of the news may be the verb's",
			text:    "Police arrested a man who robbed a bank on Saturday.",
			trigger: "arrest", start: "2025-03-15", basis: BasisText},
	}, dates)
}
