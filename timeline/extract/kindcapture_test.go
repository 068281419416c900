package extract

import "testing"

// TestPoliceCapture: the police capturing or catching someone arrest
// them; rebels capturing a town make no arrest.
func TestPoliceCapture(t *testing.T) {
	tests := []struct {
		text, trigger string
		arrest        bool
	}{
		{"Police captured two of the three inmates on Thursday.", "capture", true},
		{"Officers captured the fugitive at a petrol station.", "capture", true},
		{"Rebels captured the town of Ostburg on Sunday.", "capture", false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			if e := eventBy(t, r, tt.trigger); (e.Kind == "arrest") != tt.arrest {
				t.Errorf("kind %s, want arrest %v%s", e.Kind, tt.arrest, describe(r))
			}
		})
	}
}
