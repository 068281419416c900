package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestAddedThingsAreNoSaying checks that adding things ("added refueling
// stops", "added 300 jobs") is no statement and makes no clause after it
// a reported one, while adding words stays a saying.
func TestAddedThingsAreNoSaying(t *testing.T) {
	firms := []who{{text: "Halvard Air", id: "halvard-air", kind: timeline.Organization},
		{text: "Nordfly", id: "nordfly", kind: timeline.Organization}}
	tests := []struct{ text, trigger, kind, status string }{
		{"Halvard Air added refueling stops to two flights, and Nordfly flew in fuel to some airports.", "add", KindOther, timeline.Occurred},
		{"Halvard Air added refueling stops to two flights, and Nordfly flew in fuel to some airports.", "fly", "", timeline.Occurred},
		{"Halvard Air added 300 jobs in Ostburg on Monday.", "add", KindOther, timeline.Occurred},
		{"Carl Dahl added that the talks had failed.", "add", KindStatement, timeline.Occurred},
		{"Eva Falk added the talks had failed.", "add", KindStatement, timeline.Occurred},
		{"Mr Dahl said the roof was lost. He added that the two towers were no longer at risk.", "add", KindStatement, timeline.Occurred},
	}
	for _, tc := range tests {
		t.Run(tc.text+" "+tc.trigger, func(t *testing.T) {
			r := parseTextCast(t, tc.text, firms, nil)
			e := eventBy(t, r, tc.trigger)
			if tc.kind != "" && e.Kind != tc.kind || e.Status != tc.status {
				t.Errorf("%q is %s/%s, want %s/%s%s", e.Summary, e.Kind, e.Status, tc.kind, tc.status, describe(r))
			}
		})
	}
}
