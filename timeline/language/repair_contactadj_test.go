package language

import "testing"

// TestContactAdjective: a verb the tagger read as an adjective after a
// noun and a subject pronoun is a relative clause's verb, and the time
// right after it is that verb's.
func TestContactAdjective(t *testing.T) {
	rate := "The bank cut the rate it set two months ago."
	limit := "The lake fell to 24 percent, below the limit it set six weeks ago."
	checkArcs(t, []arcCase{
		{rate, "set", "rate", "acl:relcl", false},
		{rate, "it", "set", "nsubj", false},
		{rate, "ago", "set", "advmod", false},
		{limit, "ago", "set", "advmod", false},
		{limit, "ago", "fell", "advmod", true},
		{"The court found the law it unfair.", "unfair", "law", "acl:relcl", true},
		{"They painted the house green last year.", "year", "painted", "obl:unmarked", false},
	})
}
