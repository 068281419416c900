package extract

import (
	"strings"
	"testing"
)

// TestMeasuredSubject: "the size of …" after a noun measures it; the
// noun is the one that acts.
func TestMeasuredSubject(t *testing.T) {
	tests := []struct{ text, trigger, want string }{
		{"A Norlish spacecraft the size of a vending machine crashed into a small asteroid on Monday.", "crash", "A Norlish spacecraft"},
		{"A boat the length of a bus sank in the harbor of Ostburg on Monday.", "sink", "A boat"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			r, e := readEvent(t, tc.text, tc.trigger, true)
			if !strings.HasPrefix(e.Summary, tc.want) {
				t.Errorf("summary %q, want it to start %q%s", e.Summary, tc.want, describe(r))
			}
		})
	}
}
