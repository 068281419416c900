package extract

import "testing"

// TestWantedFugitive: "a man wanted for murder" describes who was
// arrested; no demand happened. "Wanted" with its object is a demand.
func TestWantedFugitive(t *testing.T) {
	tests := []struct {
		text, trigger string
		event         bool
	}{
		{"A former banker wanted at home for fraud was arrested on Monday.", "want", false},
		{"A man wanted by police in Ostburg was arrested on Monday.", "want", false},
		{"Carl Dahl wanted a new trial.", "want", true},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			if e := eventWith(r, tt.trigger); (e != nil) != tt.event {
				t.Errorf("event %q: %v, want %v%s", tt.trigger, e != nil, tt.event, describe(r))
			}
		})
	}
}
