package extract

import "testing"

// TestAsideModifier: an adjective set off by a comma after its noun ("two
// girls, aged 12 and 14,") is an aside, not part of the name a summary
// gives the noun; one before the noun stays.
func TestAsideModifier(t *testing.T) {
	tests := []struct{ text, trigger, summary string }{
		{"Two girls, aged 12 and 14, were taken to hospital on Monday.", "take", "Two girls were taken to hospital"},
		{"The woman, aged 41, was arrested on Monday.", "arrest", "The woman was arrested"},
		{"The victims, aged between 20 and 40, died at the scene on Monday.", "die", "The victims died"},
		// Before the noun, the adjective is the noun's own.
		{"The injured woman was taken to hospital on Monday.", "take", "The injured woman was taken to hospital"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			if e := eventBy(t, r, tt.trigger); e.Summary != tt.summary {
				t.Errorf("summary %q, want %q%s", e.Summary, tt.summary, describe(r))
			}
		})
	}
}
