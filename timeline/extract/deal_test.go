package extract

import "testing"

// TestConcludedDeal: a deal reached, signed or sealed is an agreement,
// whatever it is about, and so is the deal.
func TestConcludedDeal(t *testing.T) {
	tests := []struct{ text, kind string }{
		{"The union and the port operator reached a pay deal late on Saturday.", "agreement"},
		{"The two companies sealed a deal on Monday.", "agreement"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			for _, e := range r.Events {
				if e.Kind != tt.kind {
					t.Errorf("%q is %q, want %q%s", e.Summary, e.Kind, tt.kind, describe(r))
				}
			}
		})
	}
}
