package extract

import "testing"

// TestDeadlines: a time after "before" is a deadline, not the
// event's day: what is to come falls between the publication day and it;
// what came before a day now past has no day the text gives.
func TestDeadlines(t *testing.T) {
	tests := []struct {
		text, trigger, start, end string // start "" for undated
	}{
		{"Analysts warned that prices could rise before next month.", "rise", "2025-03-17", "2025-03-31"},
		{"The ministry will publish the report next month.", "publish", "2025-04-01", "2025-04-30"},
		{"The company had sold the plant before 2022.", "sell", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			e := eventBy(t, r, tt.trigger)
			switch {
			case tt.start == "" && e.When != nil && e.When.Basis == BasisText:
				t.Errorf("dated %s..%s by %q, want no date from the text%s", e.When.Start, e.When.End, e.When.Text, describe(r))
			case tt.start != "" && (e.When == nil || e.When.Start.String() != tt.start || e.When.End.String() != tt.end):
				t.Errorf("when %+v, want %s..%s%s", e.When, tt.start, tt.end, describe(r))
			}
		})
	}
}

// TestCloseBefore: a time of day that an event came just short of is
// its time, not a deadline ("arrived shortly before midnight on
// Saturday" arrived on Saturday).
func TestCloseBefore(t *testing.T) {
	times := []when{
		{text: "On Wednesday", start: "2025-03-12"},
		{text: "midnight on Saturday", start: "2025-03-15", value: "2025-03-15T24:00"},
		{text: "9 a.m. on Sunday", start: "2025-03-16", value: "2025-03-16T09:00"},
	}
	runDatingCases(t, []datingCase{
		{name: "shortly before a time of day is on its day, not the story's",
			text:    "On Wednesday, Gus Holm drove to Ostburg. The farmer arrived at the market shortly before midnight on Saturday.",
			trigger: "arrive", start: "2025-03-15", basis: BasisText},
		{name: "just before a time of day is on its day, not the story's",
			text:    "On Wednesday, Gus Holm drove to Ostburg. The farmer left the market just before 9 a.m. on Sunday.",
			trigger: "leave", start: "2025-03-16", basis: BasisText},
	}, times)
}
