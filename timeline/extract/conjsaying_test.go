package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestConjOfSaying: a verb coordinated with a verb of saying is told
// directly, as the speaker's own second act; a verb inside what is said
// stays reported.
func TestConjOfSaying(t *testing.T) {
	tests := []struct {
		text, trigger string
		direct        bool
	}{
		{"Anna Berg declared a state of emergency on Monday and flew to Ostburg, where she met rescue crews.", "fly", true},
		{"Anna Berg declared a state of emergency on Monday and flew to Ostburg, where she met rescue crews.", "meet", true},
		{"Carl Dahl announced his resignation on Monday and left the building.", "leave", true},
		{"Anna Berg said on Monday that Carl Dahl had resigned and left Ostburg.", "leave", false},
		{"Anna Berg said on Monday that Carl Dahl had left Ostburg.", "leave", false},
	}
	for _, tt := range tests {
		t.Run(tt.text+" "+tt.trigger, func(t *testing.T) {
			r := parseText(t, tt.text)
			if e := eventBy(t, r, tt.trigger); (e.Speaker < 0 && e.Status != timeline.Reported) != tt.direct {
				t.Errorf("%q has speaker %d, status %s; want told directly %v%s", e.Summary, e.Speaker, e.Status, tt.direct, describe(r))
			}
		})
	}
}
