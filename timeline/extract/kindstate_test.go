package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestStateKind: putting someone on alert or under curfew is a measure
// put in place, not a saying; people found dead tell deaths, and a count
// of them is news as a toll is, and those who "did not survive" died. A
// thing "dead" is no death.
func TestStateKind(t *testing.T) {
	tests := []struct {
		text, trigger, kind string
		minSalience         float64
	}{
		{"Eva Falk put 5,000 soldiers on alert on Monday.", "put", KindAnnouncement, 0},
		{"The army placed Ostburg under curfew on Monday.", "place", KindAnnouncement, 0},
		{"Six people are dead in Riverton.", "dead", "death", 0.6},
		{"At least 40 are dead in Riverton.", "dead", "death", 0},
		{"The deal is dead.", "dead", KindOther, 0},
		{"Eva Falk put the question to Carl Dahl on Monday.", "put", KindStatement, 0},
		// Those who did not survive died.
		{"Five people who were on the boat did not survive, the company said on Thursday.", "survive", "death", 0},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			e := eventBy(t, r, tt.trigger)
			if e.Kind != tt.kind || e.Salience < tt.minSalience || e.Status == timeline.Denied {
				t.Errorf("%q is %s at %.2f, want %s at %.2f or more%s", e.Summary, e.Kind, e.Salience, tt.kind, tt.minSalience, describe(r))
			}
		})
	}
}
