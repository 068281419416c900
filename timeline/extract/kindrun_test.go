package extract

import "testing"

// TestRunWithObject: "run" with an object operates or manages something,
// no movement; without one, someone ran.
func TestRunWithObject(t *testing.T) {
	tests := []struct{ text, kind string }{
		{"Thousands of machines running the faulty software crashed on Monday.", KindOther},
		{"A housing trust that runs the estate apologised on Monday.", KindOther},
		{"The suspect ran from the police on Monday.", "movement"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			if e := eventBy(t, r, "run"); e.Kind != tt.kind {
				t.Errorf("kind %s, want %s%s", e.Kind, tt.kind, describe(r))
			}
		})
	}
}
