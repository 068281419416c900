package extract

import "testing"

// TestSurrenderIsNoResignation: "the surrender" of fighters is no
// resignation; a resignation told by its own word stays one.
func TestSurrenderIsNoResignation(t *testing.T) {
	tests := []struct{ text, trigger, kind string }{
		{"The surrender of the rebels followed a long night of talks.", "surrender", KindOther},
		{"The resignation of Ivo Renner followed a long night of talks.", "resignation", "resignation"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			e := eventWith(r, tt.trigger)
			if e == nil {
				t.Fatalf("no %q event%s", tt.trigger, describe(r))
			}
			if e.Kind != tt.kind {
				t.Errorf("kind %q, want %q%s", e.Kind, tt.kind, describe(r))
			}
		})
	}
}
