package extract

import "testing"

// TestFirstNews checks which past events told before the story sets a
// time are the day's news (the publication day is Monday 2025-03-17): the
// sentence's own news is; a clause of another time, a figure compared
// over a period, a sentence that names a date, and what follows a date of
// the background are not.
func TestFirstNews(t *testing.T) {
	tests := []datingCase{
		{name: "the sentence's own news is of the day",
			text:    "After Gus Holm left Ostburg, Eva Falk painted the barn.",
			trigger: "paint", start: "2025-03-17", basis: BasisPublication},
		{name: "a clause of another time is not",
			text:    "After Gus Holm left Ostburg, Eva Falk painted the barn.",
			trigger: "leave"},
		{name: "a figure compared over a period is not",
			text:    "Net income fell 12% to $3 million from $4 million.",
			trigger: "fall"},
		{name: "a sentence bounded by a date is not",
			text:    "The mill stayed shut until 2022.",
			trigger: "stay"},
		{name: "after a date of the background, a past event is not",
			text:    "In 2022, Gus Holm drove to Ostburg. Eva Falk painted the barn.",
			trigger: "paint"},
	}
	runDatingCases(t, tests, dates)
}
