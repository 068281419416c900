package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestNamesakes: Georgia among American places is the state; among the
// country's own, or alone, the country.
func TestNamesakes(t *testing.T) {
	tests := []struct {
		text, kind, country string
	}{
		{"The dead include four people in Florida and a child in Georgia.", timeline.Place, "united-states"},
		{"Power was out in Georgia and Alabama on Thursday.", timeline.Place, "united-states"},
		{"Protesters marched in Tbilisi, the capital of Georgia, on Sunday.", timeline.Country, "georgia"},
		{"Georgia and Armenia signed the accord on Sunday.", timeline.Country, "georgia"},
		{"Georgia signed the accord on Sunday.", timeline.Country, "georgia"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			for _, m := range findOne(tc.text) {
				if m.Text == "Georgia" {
					if m.Kind != tc.kind || m.Country != tc.country && m.Ref != tc.country {
						t.Errorf("Georgia is %s of %q (ref %q), want %s of %q", m.Kind, m.Country, m.Ref, tc.kind, tc.country)
					}
					return
				}
			}
			t.Errorf("no Georgia")
		})
	}
}
