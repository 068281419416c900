package extract

import "testing"

// TestSummaryLeavesTimeOut: a time the parse took for a second object is
// no name the verb gives its object, and stays out of the summary.
func TestSummaryLeavesTimeOut(t *testing.T) {
	tests := []struct{ text, trigger, summary string }{
		{"The plane, carrying 99 passengers and four crew members, crashed after departing the airport around 4 p.m., the minister said on Twitter.",
			"depart", "The plane departing the airport"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			r := parseTextWith(t, tc.text, []when{{text: "around 4 p.m.", start: "2025-03-12"}})
			e := eventWith(r, tc.trigger)
			if e == nil {
				t.Fatalf("no event %q%s", tc.trigger, describe(r))
			}
			if e.Summary != tc.summary {
				t.Errorf("summary %q, want %q%s", e.Summary, tc.summary, describe(r))
			}
		})
	}
}
