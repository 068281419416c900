package extract

import (
	"strings"
	"testing"
)

// TestComparativeMeasure: a measure before a comparative ("a step
// closer") is no event and no object of the verb.
func TestComparativeMeasure(t *testing.T) {
	tests := []struct{ name, text, trigger, summary string }{
		{"a second object", "The ruling on Monday brought the families a step closer to justice.", "bring", "brought the families closer"},
		{"a small clause's subject", "The vote brings Carl Dahl one step closer to the presidency.", "bring", "Carl Dahl closer"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := parseText(t, tc.text)
			e := eventBy(t, r, tc.trigger)
			if !strings.Contains(e.Summary, tc.summary) || strings.Contains(e.Summary, "step") {
				t.Errorf("summary %q, want it to hold %q and no step%s", e.Summary, tc.summary, describe(r))
			}
			if eventWith(r, "step") != nil {
				t.Errorf("a step is an event%s", describe(r))
			}
		})
	}
}
