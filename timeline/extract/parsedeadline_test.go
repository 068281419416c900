package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestDeadlineAgent: "by" and a time is when a passive was done at the
// latest, no doer, and the summary says it whole; "by the board" is a
// doer.
func TestDeadlineAgent(t *testing.T) {
	tests := []struct{ text, trigger, want string }{
		{"The sale is expected to be completed by the end of January.", "complete", "The sale is expected to be completed by the end of January"},
		{"The repairs were finished by Friday.", "finish", "The repairs were finished by Friday"},
		{"The plan was approved by the board on Monday.", "approve", "The plan was approved by the board"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			r := parseTextWith(t, tc.text, []when{{text: "the end of January", start: "2025-01-21", end: "2025-01-31", gran: timeline.Month}, {text: "Friday", start: "2025-03-21"}})
			e := eventBy(t, r, tc.trigger)
			if e.Summary != tc.want {
				t.Errorf("summary %q%s", e.Summary, describe(r))
			}
		})
	}
}
