package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestTimedInfinitive: a time between a verb and its infinitive is no
// argument of the infinitive, whose subject is the verb's.
func TestTimedInfinitive(t *testing.T) {
	tests := []struct{ text, trigger, summary, status string }{
		{"The firm agreed on Monday to be bought by Holm Group.", "buy", "The firm to be bought by Gus Holm", timeline.Planned},
		{"The port agreed on Saturday to be taken over by the city.", "take over", "The port to be taken over by the city", timeline.Planned},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			if e := eventBy(t, r, tt.trigger); e.Summary != tt.summary || e.Status != tt.status {
				t.Errorf("%q %s, want %q %s%s", e.Summary, e.Status, tt.summary, tt.status, describe(r))
			}
		})
	}
}
