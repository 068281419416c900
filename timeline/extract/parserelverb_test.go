package extract

import "testing"

// TestVerbAfterRelative: a main verb after a relative clause on its
// subject, tagged as an adjective of the clause's last noun, is the
// subject's deed; a verb the parse already reads stays as it was.
func TestVerbAfterRelative(t *testing.T) {
	tests := []struct {
		text, trigger, summary string
	}{
		{"The four robbers who had held the bank for three days surrendered to police late on Monday and all the remaining clerks were freed unharmed, the ministry said.",
			"surrender", "The four robbers surrendered to police"},
		{"The four rebels who had held the station for three days surrendered to police late on Monday and all the remaining workers were freed unharmed, the government said.",
			"surrender", "The four rebels surrendered to police"},
		// Not touched: the verb the parse reads is unchanged.
		{"The three raiders who had occupied the town hall for two days were arrested on Friday, the army said.",
			"arrest", "The three raiders were arrested on Friday"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			e := eventWith(r, tt.trigger)
			if e == nil {
				t.Fatalf("no %q event%s", tt.trigger, describe(r))
			}
			if e.Summary != tt.summary {
				t.Errorf("summary %q, want %q%s", e.Summary, tt.summary, describe(r))
			}
		})
	}
}
