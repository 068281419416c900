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
