package actor

import "testing"

// TestDescribedBody: a participle that says how a body fares or what it
// does in the story ("the winning company", "the struggling lender") is
// no field of its name: the description stands for the body named
// before, not a body "winning company"; a field noun still tells bodies
// apart (a trade's word before a business's noun does not: linedesc_test.go).
func TestDescribedBody(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"The contract went to ParkRight Systems on Monday. The mayor shared bid details with the winning company.",
			"ParkRight Systems=parkright-systems company=parkright-systems"},
		{"Northwind Bank said profits fell. The struggling company said it would cut jobs.",
			"Northwind Bank=northwind-bank company=northwind-bank"},
	} {
		if got := mentionIDs(findTexts(t, []string{tc.text})[0]); got != tc.want {
			t.Errorf("%q:\n got %q\nwant %q", tc.text, got, tc.want)
		}
	}
}
