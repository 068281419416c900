package extract

import "testing"

// TestJunkNouns checks that the noun of a preposition made of words and a
// quantified set of things are no events, while event nouns in the same
// places stay events.
func TestJunkNouns(t *testing.T) {
	tests := []struct {
		text, trigger string
		event         bool
	}{
		{"Anna Berg spoke on behalf of the family in Ostburg on Monday.", "behalf", false},
		{"Carl Dahl paid a fine in lieu of a jail term on Monday.", "lieu", false},
		{"Police arrested Carl Dahl on suspicion of fraud on Monday.", "suspicion", true},
		{"Anna Berg spoke in support of the plan on Monday.", "support", true},
		{"Rescuers went in search of survivors on Monday.", "search", true},
		{"All options are on the table, Anna Berg said on Monday.", "option", false},
		{"Carl Dahl said several hijackings had taken place.", "hijacking", true},
		{"Carl Dahl said all attacks on the port had stopped.", "attack", true},
		{"Several protests took place in Ostburg on Monday.", "protest", true},
	}
	for _, tt := range tests {
		t.Run(tt.text+" "+tt.trigger, func(t *testing.T) {
			r := parseText(t, tt.text)
			found := false
			for _, e := range r.Events {
				found = found || e.Trigger == tt.trigger
			}
			if found != tt.event {
				t.Errorf("event %q: %v, want %v%s", tt.trigger, found, tt.event, describe(r))
			}
		})
	}
}
