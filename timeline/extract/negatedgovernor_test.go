package extract

import "testing"

// TestNegatedGovernor: what a negated plan, threat or agreement governs
// is not planned, what a negated attempt governs did not happen, and what
// "has yet to" happen is still to come; what the same verbs govern
// unnegated keeps its status.
func TestNegatedGovernor(t *testing.T) {
	runStatusCases(t, []statusCase{
		{"Ivo Renner said the firm had not threatened to hire replacement workers.", "hire", "hypothetical"},
		{"The union has not agreed to end the strike.", "end", "hypothetical"},
		{"The union agreed to end the strike.", "end", "planned"},
		{"The firm threatened to hire replacement workers.", "hire", "planned"},
		{"The suspect did not manage to escape.", "escape", "denied"},
		{"The suspect managed to escape.", "escape", "occurred"},
		{"The firm did not try to hide the problem.", "hide", "hypothetical"},
		{"The board has yet to approve the sale.", "approve", "expected"},
		{"The board has approved the sale.", "approve", "occurred"},
	})
}
