package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestDueVerb: what is "due to" happen is expected, however the parse
// hangs "due to" (on the verb, or read as a preposition before a noun),
// and its summary does not borrow the copula ("had been resume").
func TestDueVerb(t *testing.T) {
	tests := []struct{ text, trigger, summary string }{
		{"The bank suspended its share buyback programme, which had been due to resume this year.", "resume", "Its share buyback programme to resume"},
		{"The talks were due to resume on Monday.", "resume", "The talks to resume"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			r := parseText(t, tc.text)
			e := eventBy(t, r, tc.trigger)
			if e.Status != timeline.Expected || e.Summary != tc.summary {
				t.Errorf("%s %q, want expected %q%s", e.Status, e.Summary, tc.summary, describe(r))
			}
		})
	}
}
