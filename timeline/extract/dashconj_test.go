package extract

import "testing"

// TestDashAndConjunct: a noun set off by a dash describes the one before
// it, which stays the only doer; two doers joined by "and" are both named
// in the summary.
func TestDashAndConjunct(t *testing.T) {
	tests := []struct {
		text, trigger, summary, agent string // agent "" wants none
	}{
		{"The bank failed after its depositors — mostly Norlish officials and Sudlish negotiators — hurried to withdraw money on Wednesday.",
			"withdraw", "Its depositors to withdraw money", ""},
		{"Carl Dahl and Gus Holm marched to Ostburg on Wednesday.",
			"march", "Carl Dahl and Gus Holm marched to Ostburg", "carl-dahl"},
		{"Law enforcement and aid workers — Moroccan and international — continued arriving on Wednesday in the region south of the city of Ostburg.",
			"continue", "Law enforcement and aid workers continued", ""},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			r := parseText(t, tc.text)
			e := eventWith(r, tc.trigger)
			if e == nil {
				t.Fatalf("no event %q%s", tc.trigger, describe(r))
			}
			if e.Summary != tc.summary {
				t.Errorf("summary %q, want %q%s", e.Summary, tc.summary, describe(r))
			}
			if got := agent(*e); got != tc.agent {
				t.Errorf("agent %q, want %q%s", got, tc.agent, describe(r))
			}
		})
	}
}
