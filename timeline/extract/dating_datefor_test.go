package extract

import "testing"

// TestScheduledForDates checks that what a date is set, or not set, for
// takes neither the story's day nor the publication day, while a thing
// "for" ties to no date keeps its day (the publication day is Monday
// 2025-03-17).
func TestScheduledForDates(t *testing.T) {
	days := []when{{text: "Friday", start: "2025-03-14"}}
	runDatingCases(t, []datingCase{
		{name: "no date set for it",
			text:    "A jury on Friday found Eva Falk guilty of fraud.\nThe judge did not set a date for sentencing.",
			trigger: "sentence", start: "", basis: ""},
		{name: "no date has been set",
			text:    "A jury on Friday found Eva Falk guilty of fraud.\nNo date has been set for the trial of her husband.",
			trigger: "trial", start: "", basis: ""},
		{name: "for no date",
			text:    "A jury on Friday found Eva Falk guilty of fraud.\nThe judge thanked the jurors for their work.",
			trigger: "thank", start: "2025-03-14", basis: BasisNarrative},
	}, days)
}
