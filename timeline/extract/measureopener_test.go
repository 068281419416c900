package extract

import (
	"strings"
	"testing"
)

// TestMeasuredOpener: a bare unit of time measured from an event is when
// something happened, never who did it or what it was done to.
func TestMeasuredOpener(t *testing.T) {
	tests := []struct{ text, trigger, summary, notIn string }{
		// measuredOpener: the unit was the naming's subject.
		{"Minutes after the vote, Gus Holm of Ostburg, a close ally of Anna Berg, was named speaker.", "name", "Gus Holm was named", "Minutes"},
		{"Hours after the crash, Anna Berg, the airline's chief executive, was summoned to parliament.", "summon", "Anna Berg was summoned", "Hours"},
		// nameOnMeasure: the name was the unit's modifier.
		{"The measure passed the House on Saturday and was signed by Governor Lena Sorel hours before a midnight deadline.", "sign", "Lena Sorel", "hours"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			s := eventBy(t, r, tt.trigger).Summary
			if !strings.Contains(s, tt.summary) || strings.Contains(s, tt.notIn) {
				t.Errorf("%q, want %q and no %q%s", s, tt.summary, tt.notIn, describe(r))
			}
		})
	}
}

// TestTitledByAgent: a title between "by" and a passive's doer leaves
// the doer the agent, not the one the act was done to.
func TestTitledByAgent(t *testing.T) {
	for _, text := range []string{
		"The measure passed the House on Saturday and was signed by President Carl Dahl hours before a midnight deadline.",
		"The order was signed by Governor Anna Berg.",
	} {
		r := parseText(t, text)
		if e := eventBy(t, r, "sign"); strings.Contains(e.Summary, "was signed") || agent(e) == "" {
			t.Errorf("%q: %q, want the name its agent%s", text, e.Summary, describe(r))
		}
	}
}
