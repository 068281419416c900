package extract

import "testing"

// TestThemNoun checks that "them", the one an infinitive's verb makes or
// lets act, is the plural noun of the sentence that can act when no
// group actor stands for it, so the infinitive keeps its doer.
func TestThemNoun(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"The ministry issued an order that loosened rules for bus drivers hauling fuel, allowing them to work longer shifts.", "Bus drivers to work longer shifts"},
		{"Pension funds had faced margin calls as bond prices collapsed after the budget, forcing them to sell assets.", "Pension funds to sell assets"},
		{"Insurers faced heavy losses after the floods, forcing them to raise premiums.", "Insurers to raise premiums"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			r := parseText(t, tc.text)
			for _, e := range r.Events {
				if e.Summary == tc.want {
					return
				}
			}
			t.Errorf("no event %q%s", tc.want, describe(r))
		})
	}
}
