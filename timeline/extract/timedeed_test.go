package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

var deedDates = []when{
	{text: "May 25, 2024", start: "2024-05-25"},
	{text: "last May", start: "2024-05-01", end: "2024-05-31", gran: timeline.Month, value: "2024-05"},
	{text: "Tuesday", start: "2025-03-11"},
	{text: "on Tuesday", start: "2025-03-11"},
	{text: "nearly a year ago", start: "2024-01-01", end: "2024-12-31", gran: timeline.Year, value: "2024"},
	{text: "Jan. 4", start: "2025-01-04"},
	{text: "March 7", start: "2025-03-07"},
}

// TestDeedTime: a time inside the phrase of the killing or attack that a
// verdict, charge or arrest is about is the deed's, not the verdict's;
// a deed that is the verb's subject shares its time.
func TestDeedTime(t *testing.T) {
	tests := []struct {
		text, trigger, notStart, start string // notStart: the deed's day the verb must not take; start "" when any other date will do
	}{
		{"Former officer Carl Dahl has been found guilty on all counts in the May 25, 2024 murder of Anna Berg.", "find guilty", "2024-05-25", ""},
		{"Carl Dahl was found guilty on all three counts for the death of Anna Berg last May.", "find guilty", "2024-05-01", ""},
		{"Carl Dahl was found guilty of all charges Tuesday in the death of Anna Berg nearly a year ago.", "find guilty", "2024-01-01", "2025-03-11"},
		{"Carl Dahl was charged in the Jan. 4 shooting of a guard.", "charge", "2025-01-04", ""},
		// The verdict's own time after the deed's noun stays its own.
		{"A jury found Carl Dahl guilty of murder on Tuesday.", "find guilty", "", "2025-03-11"},
		// A deed that is the subject is told at its own time.
		{"The March 7 bombings killed 24 people.", "kill", "", "2025-03-07"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseTextWith(t, tt.text, deedDates)
			e := eventBy(t, r, tt.trigger)
			switch {
			case tt.notStart != "" && e.When != nil && e.When.Start.String() == tt.notStart:
				t.Errorf("dated %s..%s by %q, the deed's time%s", e.When.Start, e.When.End, e.When.Text, describe(r))
			case tt.start != "" && (e.When == nil || e.When.Start.String() != tt.start):
				t.Errorf("when %+v, want start %s%s", e.When, tt.start, describe(r))
			}
		})
	}
}
