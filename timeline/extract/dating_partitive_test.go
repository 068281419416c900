package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestPartitiveTime checks that a time in a clause a partitive relative
// opens ("most of which", "one of whom") dates that clause, not the main
// verb the parse hangs it on, and that the main verb keeps a time of its
// own.
func TestPartitiveTime(t *testing.T) {
	days := []when{
		{text: "a century ago", start: "1925-01-01", end: "1925-12-31", gran: timeline.Year},
		{text: "last year", start: "2024-01-01", end: "2024-12-31", gran: timeline.Year},
		{text: "on Monday", start: "2025-03-17"},
	}
	runDatingCases(t, []datingCase{
		{name: "the flood is not of the bridges' century",
			text:    "The flood destroyed six bridges, most of which were built a century ago.",
			trigger: "destroy"},
		{name: "the building keeps it",
			text:    "The flood destroyed six bridges, most of which were built a century ago.",
			trigger: "build", start: "1925-01-01", basis: BasisText},
		{name: "nor the questioning of one man's arrest",
			text:    "Police questioned three men, one of whom was arrested last year.",
			trigger: "question"},
		{name: "nor a verb whose object a partitive relative follows",
			text:    "The delay left Northwind behind rivals, two of which launched phones last year.",
			trigger: "leave"},
		{name: "which keeps it",
			text:    "The delay left Northwind behind rivals, two of which launched phones last year.",
			trigger: "launch", start: "2024-01-01", basis: BasisText},
		{name: "a main verb's own day stays",
			text:    "The flood destroyed six bridges on Monday, most of which were built a century ago.",
			trigger: "destroy", start: "2025-03-17", basis: BasisText},
	}, days)
}
