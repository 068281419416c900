package extract

import (
	"strings"
	"testing"
)

// TestGerundName: a capitalised -ing word WordNet has no verb for is a
// name, not an event, and the noun after it is the subject it was part
// of; a real gerund stays one.
func TestGerundName(t *testing.T) {
	tests := []struct{ text, trigger, summary string }{
		{"Boeing workers in the Seattle region overwhelmingly voted to strike on Monday.", "vote", "Boeing workers voted"},
		{"Boeing workers in the Seattle region overwhelmingly voted to strike on Monday.", "boe", ""},
	}
	for _, tt := range tests {
		t.Run(tt.trigger, func(t *testing.T) {
			r := parseText(t, tt.text)
			e := eventWith(r, tt.trigger)
			switch {
			case tt.summary == "" && e != nil:
				t.Errorf("event %q, want none%s", e.Summary, describe(r))
			case tt.summary != "" && (e == nil || !strings.HasPrefix(e.Summary, tt.summary)):
				t.Errorf("no %q event %q%s", tt.trigger, tt.summary, describe(r))
			}
		})
	}
}
