package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestVerdictNews: a verdict is news on the day it is told, as a toll is;
// the charges it settles are no picture of their own; and a headline's
// "X found guilty" finds X, not X finding.
func TestVerdictNews(t *testing.T) {
	tests := []struct {
		name, text, trigger string
		minSal, maxSal      float64
		patient             string // who the event befalls, "" for no check
	}{
		{name: "a verdict told in the perfect is in the pictures",
			text: "Carl Dahl has been found guilty of fraud.", trigger: "find guilty", minSal: timeline.DefaultMinSalience, maxSal: 1},
		{name: "a conviction told in the perfect is in the pictures",
			text: "Carl Dahl has been convicted of fraud.", trigger: "convict", minSal: timeline.DefaultMinSalience, maxSal: 1},
		{name: "the charges a verdict settles stay out of the pictures",
			text: "Carl Dahl was found guilty of all charges on Wednesday.", trigger: "charge", maxSal: matterSalience},
		{name: "a headline's reduced passive finds its subject",
			text: "Carl Dahl found guilty on all counts in fraud case", trigger: "find guilty", maxSal: 1, patient: "carl-dahl"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := parseText(t, tc.text)
			e := eventWith(r, tc.trigger)
			if e == nil {
				t.Fatalf("no event %q%s", tc.trigger, describe(r))
			}
			if e.Salience < tc.minSal || e.Salience > tc.maxSal {
				t.Errorf("salience %.2f, want within [%.2f, %.2f]%s", e.Salience, tc.minSal, tc.maxSal, describe(r))
			}
			if tc.patient != "" && (len(e.Actors) == 0 || e.Actors[0].ID != tc.patient || e.Actors[0].Role != timeline.RolePatient) {
				t.Errorf("actors %v, want %s as patient%s", e.Actors, tc.patient, describe(r))
			}
		})
	}
}
