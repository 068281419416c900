package extract

import "testing"

// TestMeasureVoteAndCharge: a vote on a measure decides it, no election;
// a vote on a day or for a post stays one. A charge a relative clause
// denies or faces is the law's, not a cavalry's.
func TestMeasureVoteAndCharge(t *testing.T) {
	tests := []struct{ text, trigger, kind string }{
		{"Lawmakers will vote next month on a bill to curb rents.", "vote", "other"},
		{"The union will vote on the deal on Monday.", "vote", "other"},
		{"The vote on the merger was delayed on Monday.", "vote", "other"},
		{"Voters will vote on Sunday in the election.", "vote", "election"},
		{"Anna Berg won the vote on Sunday.", "win", "election"},
		{"Councillors accused Anna Berg of cutting the budget, a charge she denied.", "charge", "accusation"},
		{"Carl Dahl rejected the charge that he had lied.", "charge", "accusation"},
		{"The cavalry charge broke the line on Monday.", "charge", "attack"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			if e := eventBy(t, r, tt.trigger); e.Kind != tt.kind {
				t.Errorf("kind %q, want %q%s", e.Kind, tt.kind, describe(r))
			}
		})
	}
}
