package extract

import (
	"slices"
	"testing"
)

// TestRaisedPassivePatient checks that a passive infinitive under a verb
// of belief or schedule befalls that verb's subject, the "by" phrase
// being its doer: in "Dahl is expected to be questioned by a judge" the
// judge is questioned by no one.
func TestRaisedPassivePatient(t *testing.T) {
	tests := []struct{ text, trigger, patient, want string }{
		{"Carl Dahl is expected to be questioned by a judge in Ostburg on Monday.", "question", "carl-dahl",
			"Carl Dahl is expected to be questioned by a judge"},
		{"Anna Berg is expected to be interviewed by prosecutors on Monday.", "interview", "anna-berg",
			"Anna Berg is expected to be interviewed by prosecutors"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			e := eventBy(t, r, tt.trigger)
			if e.Summary != tt.want || !slices.Contains(others(e), "patient:"+tt.patient) {
				t.Errorf("%q with %s, want %q with patient %s%s", e.Summary, actorsOf(e), tt.want, tt.patient, describe(r))
			}
		})
	}
}
