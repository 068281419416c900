package extract

import (
	"strings"
	"testing"
)

// TestCompoundKeepsItsWords: a compound before a noun keeps its own
// number, adjective and compounds in a summary, not its possessor.
func TestCompoundKeepsItsWords(t *testing.T) {
	tests := []struct{ text, trigger, want string }{
		{"Anna Berg responded with 100% agreement on Monday.", "respond", "100% agreement"},
		{"Norland ordered fire safety tests on Monday.", "order", "fire safety tests"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			r, e := readEvent(t, tc.text, tc.trigger, true)
			if !strings.Contains(e.Summary, tc.want) {
				t.Errorf("summary %q, want %q%s", e.Summary, tc.want, describe(r))
			}
		})
	}
}
