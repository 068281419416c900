package extract

import "testing"

// TestStrikeOfWeapons: a strike that kills, one of a state's forces, and
// a bare strike in a document whose other strikes are blows, is an
// attack; calling a strike a mistake is no strike called; a bare strike
// beside a stoppage of work stays one.
func TestStrikeOfWeapons(t *testing.T) {
	tests := []struct{ text, summary, kind string }{
		{"The strike killed ten civilians in Ostburg on Sunday.", "The strike", "attack"},
		{"The army's strike came three days after the bombing.", "Army's strike", "attack"},
		{"A drone strike hit a car in Ostburg on Sunday. Carl Dahl called the strike a tragic mistake.", "The strike", "attack"},
		{"A drone strike hit a car in Ostburg on Sunday. The strike came three days after the bombing.", "The strike", "attack"},
		{"Dock workers joined a general strike on Monday. The strike came three days after the vote.", "The strike", "protest"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			r := parseText(t, tc.text)
			for _, e := range r.Events {
				if e.Trigger == "strike" && e.Summary == tc.summary {
					if e.Kind != tc.kind {
						t.Errorf("%q is %s, want %s%s", e.Summary, e.Kind, tc.kind, describe(r))
					}
					return
				}
			}
			t.Errorf("no strike %q%s", tc.summary, describe(r))
		})
	}
}

// TestSweepInto: sweeping into or through a place is going there, no
// clean sweep of a series; a fire that sweeps through is the fire.
func TestSweepInto(t *testing.T) {
	tests := []struct{ text, kind string }{
		{"Rebel fighters swept into Ostburg on Sunday.", "movement"},
		{"Norland swept the series against Westhaven on Sunday.", "agreement"},
		{"A wildfire swept through the town on Tuesday.", "disaster"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			r := parseText(t, tc.text)
			kind := ""
			if e := eventWith(r, "sweep"); e != nil {
				kind = e.Kind
			}
			if kind != tc.kind {
				t.Errorf("sweep is %q, want %q%s", kind, tc.kind, describe(r))
			}
		})
	}
}
