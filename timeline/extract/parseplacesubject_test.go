package extract

import "testing"

// TestPlaceAsSecondSubject: a place after "near" or "outside" in a
// subject is where the subject is, not a second subject of the verb.
func TestPlaceAsSecondSubject(t *testing.T) {
	tests := []struct{ text, trigger, summary string }{
		{"The roof of a tunnel near Dubova caved in on Monday.", "cave", "The roof caved"},
		{"The ceiling of a station near Arlen caved in on Friday.", "cave", "The ceiling caved"},
		{"The wall of a dam near Halden gave way on Monday.", "give", "The wall gave way"},
		// A clause "after" opens stays a clause.
		{"The bridge collapsed after Anna Berg warned of cracks.", "warn", "Anna Berg warned of cracks"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			e := eventBy(t, r, tt.trigger)
			if e.Summary != tt.summary {
				t.Errorf("summary %q, want %q%s", e.Summary, tt.summary, describe(r))
			}
		})
	}
}
