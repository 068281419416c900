package extract

import (
	"strings"
	"testing"
)

// TestSecondThatClause: a saying that reports two clauses, the second
// with "that" of its own, said both, and "would" in either is the future
// seen from the past.
func TestSecondThatClause(t *testing.T) {
	tests := []struct{ text, said, trigger, status string }{
		// The parse hangs "strike" on "said" (secondThatClause).
		{"The minister said the plan was dead and that the union would strike next week.", "and that the union would strike", "strike", "planned"},
		// The parse hangs "start" on "failed" (thatConjunct, status).
		{"The minister said the talks had failed and that a new round would start in May.", "and that a new round would start", "start", "planned"},
		// No "that": the second verb shares the first clause's subject.
		{"Carl Dahl said he had resigned and would leave Ostburg in May.", "", "leave", "planned"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			if tt.said != "" {
				if s := eventBy(t, r, "say").Summary; !strings.Contains(s, tt.said) {
					t.Errorf("saying %q lacks %q%s", s, tt.said, describe(r))
				}
			}
			if e := eventBy(t, r, tt.trigger); e.Status != tt.status {
				t.Errorf("%q is %s, want %s%s", e.Summary, e.Status, tt.status, describe(r))
			}
		})
	}
}
