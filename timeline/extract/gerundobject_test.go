package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestGerundOffObject: a gerund after the preposition of a verb of
// charging, blaming or barring is what the verb's object did, not a
// modifier naming the object ("accused the company of waiting" made "the
// waiting company" the one accused).
func TestGerundOffObject(t *testing.T) {
	tests := []struct{ text, trigger, status, summary string }{
		{"Anna Berg accused the company of waiting too long to warn parents.", "wait", timeline.Reported, "The company waiting"},
		{"Anna Berg accused the company of waiting too long to warn parents.", "accuse", timeline.Occurred, "Anna Berg accused the company of waiting too long to warn parents"},
	}
	for _, tt := range tests {
		t.Run(tt.text+" "+tt.trigger, func(t *testing.T) {
			r := parseText(t, tt.text)
			e := eventBy(t, r, tt.trigger)
			if e.Status != tt.status || e.Summary != tt.summary {
				t.Errorf("%q is %s, want %q %s%s", e.Summary, e.Status, tt.summary, tt.status, describe(r))
			}
		})
	}
}
