package extract

import "testing"

// TestHarmRelative: ", which killed 12 people" after an event and where
// it happened tells what the event did, not the place or a noun before
// the event.
func TestHarmRelative(t *testing.T) {
	tests := []struct{ text, trigger, summary string }{
		{"The explosion at a chemical plant in Riverton, which killed 12 people, was caused by a faulty valve.", "kill", "The explosion killed 12 people"},
		{"Police are investigating the fire at a warehouse near Westhaven, which destroyed 40 homes.", "destroy", "The fire destroyed 40 homes"},
		{"Prosecutors opened an inquiry into the chlorine leak at the plant in Ostburg, which injured 38 people, on Monday.", "injure", "The chlorine leak injured 38 people"},
		// Relatives already on their event stay.
		{"The blast, which killed 12 people, was caused by a gas leak.", "kill", "The blast killed 12 people"},
		{"Carl Dahl spoke to survivors of the attack on Ostburg, which wounded 12 people.", "wound", "The attack wounded 12 people"},
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
