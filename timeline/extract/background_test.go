package extract

import "testing"

// TestBackgroundRelative: a progressive relative clause set off by commas
// tells where someone was, not news of its own; a relative with a time
// or an object of its own stays news.
func TestBackgroundRelative(t *testing.T) {
	tests := []struct {
		text, trigger string
		shown         bool
	}{
		{"Governor Eva Falk, who was travelling, said she would return early.", "travel", false},
		{"Governor Eva Falk, who travelled to Ostburg on Monday, said she would return early.", "travel", true},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			e := eventWith(r, tt.trigger)
			if e == nil {
				t.Fatalf("no event %q%s", tt.trigger, describe(r))
			}
			if shown := e.Salience >= 0.6; shown != tt.shown {
				t.Errorf("salience %.2f, shown %v, want %v%s", e.Salience, shown, tt.shown, describe(r))
			}
		})
	}
}
