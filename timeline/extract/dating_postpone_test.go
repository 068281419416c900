package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestPostponedTo checks that the time a deed is put off to dates the
// deed, not the putting off, and that a time of the putting off's own
// stays.
func TestPostponedTo(t *testing.T) {
	days := []when{
		{text: "the second quarter", start: "2025-04-01", end: "2025-06-30", gran: timeline.Quarter},
		{text: "on Monday", start: "2025-03-17"},
	}
	runDatingCases(t, []datingCase{
		{name: "a delay is not of the quarter it delays to",
			text:    "Northwind said it would delay the launch of its app to the second quarter.",
			trigger: "delay"},
		{name: "the launch is",
			text:    "Northwind said it would delay the launch of its app to the second quarter.",
			trigger: "launch", start: "2025-04-01", basis: BasisText},
		{name: "a delay keeps a day of its own",
			text:    "Northwind delayed the launch of its app on Monday.",
			trigger: "delay", start: "2025-03-17", basis: BasisText},
	}, days)
}
