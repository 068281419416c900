package extract

import "testing"

// TestNegatedGovernor: what a negated plan, threat or agreement governs
// is not planned; what the same verbs govern unnegated is.
func TestNegatedGovernor(t *testing.T) {
	runStatusCases(t, []statusCase{
		{"Ivo Renner said the firm had not threatened to hire replacement workers.", "hire", "hypothetical"},
		{"The union has not agreed to end the strike.", "end", "hypothetical"},
		{"The union agreed to end the strike.", "end", "planned"},
		{"The firm threatened to hire replacement workers.", "hire", "planned"},
	})
}
