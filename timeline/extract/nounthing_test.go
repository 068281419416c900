package extract

import "testing"

// TestBareThing: a noun that is also a verb of the same form is an event
// only when the sentence makes it happen or the lexicon lists it as one.
func TestBareThing(t *testing.T) {
	tests := []struct {
		text, trigger string
		event         bool
	}{
		{"A wide stretch of water separated the two boats.", "stretch", false},
		{"A ventilation shaft collapsed near Ostburg.", "shaft", false},
		{"A ventilation shaft collapsed near Ostburg.", "ventilation", false},
		{"Anna Berg said the rules had been broken.", "rule", false},
		{"Carl Dahl said the evidence was clear.", "evidence", false},
		// Made to happen: a verb of doing, a doer.
		{"The navy carried out a test near Ostburg.", "test", true},
		{"Anna Berg asked for a review by the court.", "review", true},
		// The lexicon's happenings.
		{"The talks ended without a deal.", "talks", true},
		{"Carl Dahl said the sentence was too harsh.", "sentence", true},
	}
	for _, tt := range tests {
		t.Run(tt.text+" "+tt.trigger, func(t *testing.T) {
			r := parseText(t, tt.text)
			if got := eventWith(r, tt.trigger) != nil; got != tt.event {
				t.Errorf("event %q: %v, want %v%s", tt.trigger, got, tt.event, describe(r))
			}
		})
	}
}
