package extract

import (
	"strings"
	"testing"
)

// TestItReporter: "it" as the subject of what a body reports is that
// body; a person reporting, or "it" in a clause that is no report, gives
// no agent.
func TestItReporter(t *testing.T) {
	tests := []struct {
		text, trigger, want string
	}{
		{"Norland said on Monday it would close the border.", "close", "agent:norland"},
		{"TV One confirmed that it had dismissed Carl Dahl.", "dismiss", "agent:tv-one"},
		{"Anna Berg said it had closed the border.", "close", ""},
		{"Norland praised TV One because it had exposed Carl Dahl.", "expose", ""},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			r, e := readEvent(t, tc.text, tc.trigger, true)
			got := actorsOf(e)
			if tc.want == "" && strings.Contains(got, "agent:") || tc.want != "" && !strings.HasPrefix(got, tc.want) {
				t.Errorf("actors %q, want %q%s", got, tc.want, describe(r))
			}
		})
	}
}
