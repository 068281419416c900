package extract

import "testing"

// TestElectionOutcome: winning or losing seats, a majority, a primary or
// in a vote is an election's outcome, news on the day it is told; a
// race or a final won is not an election.
func TestElectionOutcome(t *testing.T) {
	tests := []struct {
		text, trigger, kind string
		minSalience         float64
	}{
		{"Anna Berg has won 326 seats.", "win", "election", 0.6},
		{"Anna Berg won a majority in parliament.", "win", "election", 0.6},
		{"Anna Berg lost the primary.", "lose", "election", 0},
		{"The Green Party won easily in the runoff.", "win", "election", 0},
		{"Anna Berg won the race in Ostburg.", "win", "other", 0},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			e := eventBy(t, r, tt.trigger)
			if e.Kind != tt.kind {
				t.Errorf("kind %q, want %q%s", e.Kind, tt.kind, describe(r))
			}
			if e.Salience < tt.minSalience {
				t.Errorf("salience %.2f, want at least %.2f%s", e.Salience, tt.minSalience, describe(r))
			}
		})
	}
}
