package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestDatedSteps: a named doer's inquiry or measure that the story dates
// reaches the pictures; a state the story dates does not.
func TestDatedSteps(t *testing.T) {
	tests := []struct {
		text, trigger string
		shown         bool
	}{
		{"The tower collapsed in Ostburg on Monday.\nAnna Berg declared a state of emergency.", "declare", true},
		{"The tower collapsed in Ostburg on Monday.\nCarl Dahl has opened an investigation into the collapse.", "investigation", true},
		{"The tower collapsed in Ostburg on Monday.\nCarl Dahl remained in Ostburg.", "remain", false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			e := eventBy(t, r, tt.trigger)
			if got := e.When != nil && e.Salience >= timeline.DefaultMinSalience; got != tt.shown {
				t.Errorf("%q salience %.2f shown %v, want %v%s", e.Summary, e.Salience, got, tt.shown, describe(r))
			}
		})
	}
}
