package extract

import (
	"strings"
	"testing"
)

// TestSummaryVerbArgument checks that a verb the parse leaves as another
// verb's subject, or as a relative's head, is never named as the doer or
// the undergoer in a summary.
func TestSummaryVerbArgument(t *testing.T) {
	tests := []struct{ text, trigger, notPrefix string }{
		{"The spire collapsed and much of the roof was destroyed on Monday.", "destroy", "Collapsed"},
		{"The flood destroyed the bridge on Monday, according to the mayor, Gus Holm, who toured the town on Tuesday.", "tour", "Destroyed"},
		{"Anna Berg said Carl Dahl had been drugged and his body dismembered.", "dismember", "Drugged"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			if e := eventBy(t, r, tt.trigger); strings.HasPrefix(e.Summary, tt.notPrefix) {
				t.Errorf("summary %q names a verb%s", e.Summary, describe(r))
			}
		})
	}
}

// TestSaidOfRelative checks that the one a relative clause with a verb of
// saying in it is about is the undergoer, not the speakers: "the
// journalist, who officials say was killed" names the journalist killed.
func TestSaidOfRelative(t *testing.T) {
	r := parseText(t, "Police are searching for the journalist, who Ostrian officials say was killed inside the consulate.")
	if e := eventBy(t, r, "kill"); !strings.Contains(e.Summary, "journalist") {
		t.Errorf("summary %q, want the journalist killed%s", e.Summary, describe(r))
	}
}
