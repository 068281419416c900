package language

import "testing"

// TestPredicateAfterCopula: the word after a relative clause's copula is
// its predicate, and the verb after the clause's closing comma, which the
// parse made the relative clause, is the sentence's.
func TestPredicateAfterCopula(t *testing.T) {
	const text = "The garage, which was due to open in June, gave way on Tuesday."
	checkArcs(t, []arcCase{
		{text, "gave", "", "root", false},
		{text, "garage", "gave", "nsubj", false},
		{text, "due", "garage", "acl:relcl", false},
		{text, "which", "due", "nsubj", false},
		{text, "was", "due", "cop", false},
		{"The bridge, which opened in 1990, collapsed on Monday.", "opened", "bridge", "acl:relcl", false}, // parsed right already
	})
}
