package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestPeriodFigures: the figures a report of results states after naming
// their period are the period's ("Its fourth-quarter net income rose 11%.
// Revenue declined 8% …"); a deed told after it is not, a day the text
// names ends the thread, and a period named with no figure does not
// start one.
func TestPeriodFigures(t *testing.T) {
	periods := []when{
		{text: "the fourth quarter", start: "2024-10-01", end: "2024-12-31", gran: timeline.Quarter, value: "2024-Q4"},
		{text: "fourth-quarter", start: "2024-10-01", end: "2024-12-31", gran: timeline.Quarter, value: "2024-Q4"},
		{text: "in 2024", start: "2024-01-01", end: "2024-12-31", gran: timeline.Year, value: "2024"},
		{text: "first-quarter", start: "2025-01-01", end: "2025-03-31", gran: timeline.Quarter, value: "2025-Q1"},
		{text: "last year's", start: "2024-01-01", end: "2024-12-31", gran: timeline.Year, value: "2024"},
		{text: "a year earlier", start: "2023-10-01", end: "2023-12-31", gran: timeline.Quarter, value: "2023-Q4"},
	}
	runDatingCases(t, []datingCase{
		{name: "the figure after the period's figure",
			text:    "Harwick Foods said its fourth-quarter net income rose 11% to $94 million.\nRevenue declined 8% to $855 million.",
			trigger: "decline", start: "2024-10-01", basis: BasisNarrative},
		{name: "a deed after the period is no figure",
			text:    "Harwick Foods said its fourth-quarter net income rose 11% to $94 million.\nThe company closed 20 stores.",
			trigger: "close"},
		{name: "a day named in between ends the thread",
			text:    "Harwick Foods said its fourth-quarter net income rose 11% to $94 million.\nThe report sent its shares plunging on Monday.\nRevenue declined 8% to $855 million.",
			trigger: "decline"},
		{name: "a period named with no figure starts no thread",
			text:    "Harwick Foods said it moved its offices in 2024.\nRevenue declined 8% to $855 million.",
			trigger: "decline"},
		{name: "a relative clause's year ends the thread and starts none",
			text:    "Harwick Foods said its fourth-quarter net income rose 11% to $94 million.\nHarwick, which Ann Lee founded in 2024, makes frozen meals.\nThe company was valued at $9 billion.",
			trigger: "value"},
		{name: "the period of what would be is no thread",
			text:    "Harwick Foods said the plan would cut its costs by 5% in 2024.\nRevenue declined 8% to $855 million.",
			trigger: "decline"},
		{name: "a price is a day's, not the period's",
			text:    "Harwick Foods said its fourth-quarter net income rose 11% to $94 million.\nIts shares fell 20% in late trading.",
			trigger: "fall"},
		{name: "a subject misread as a verb",
			text:    "Harwick Foods said its fourth-quarter net income rose 11% to $94 million.\nProfit from timber fell to $41 million from $58 million, partly because of a strike.",
			trigger: "fall", start: "2024-10-01", basis: BasisNarrative},
		{name: "a period named in no sentence about results starts no thread",
			text:    "Harwick Foods had 5,000 employees in 2024.\nRevenue declined 8% to $855 million.",
			trigger: "decline"},
		{name: "a period not over starts no thread",
			text:    "Harwick Foods said first-quarter revenue rose 3% to $900 million.\nNet income declined 8% to $85 million.",
			trigger: "decline"},
		{name: "a sentence about results with no figure",
			text:    "Harwick Foods posted lower earnings for the fourth quarter.\nRevenue declined 8% to $855 million.",
			trigger: "decline", start: "2024-10-01", basis: BasisNarrative},
		{name: "the period a figure is compared with is not the figures'",
			text:    "Harwick Foods said revenue was $855 million, up from last year's $790 million.\nNet income rose 5% to $90 million.",
			trigger: "rise"},
		{name: "the year-ago quarter a figure is compared with starts no thread",
			text:    "Harwick Foods reported net income of $94 million for the quarter, down from $99 million a year earlier.\nRevenue declined 8% to $855 million.",
			trigger: "decline"},
	}, append(periods, dates...))
}
