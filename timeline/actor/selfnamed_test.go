package actor

import "testing"

// TestSelfNamedBody: a body that names itself ("calling itself",
// "called themselves the …") is a body, and "the gang", "the collective"
// or "the movement" after it stands for it; no other body answers to
// those nouns but one whose name ends in the noun.
func TestSelfNamedBody(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"The protesters, who called themselves the Larkfield Humanities Collective, occupied the hall. The collective said it would stay.",
			"protesters=protesters Larkfield Humanities Collective=larkfield-humanities-collective collective=larkfield-humanities-collective"},
		{"A group calling itself Nightjar claimed the attack. The gang said it had the data.", "Nightjar=nightjar gang=nightjar"},
		{"Activists calling themselves Green Tide blocked the road. The movement said it would return.",
			"Activists=activists Green Tide=green-tide movement=green-tide"},
		// A collective's name is a body's by its last word.
		{"The Larkfield Humanities Collective called the decision a victory.", "Larkfield Humanities Collective=larkfield-humanities-collective"},
		// Must not change: no self-named body, no description.
		{"Northwind Bank was hacked. The gang said it had the data.", "Northwind Bank=northwind-bank"},
		{"The Green Tide Movement blocked the road. The movement said it would return.",
			"Green Tide Movement=green-tide-movement movement=green-tide-movement"},
	} {
		checkLastDoc(t, []string{tc.text}, tc.want)
	}
}
