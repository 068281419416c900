package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestRelativeInDenial: a relative clause after a denial tells of its
// noun and is no part of what is denied; what is denied stays denied.
func TestRelativeInDenial(t *testing.T) {
	text := "Local officials denied that they had ignored warnings about the water plant, which residents said had been broken for months."
	tests := []struct {
		trigger string
		denied  bool
	}{
		{"say", false}, // the residents said it
		{"ignore", true},
		{"deny", false},
	}
	r := parseText(t, text)
	for _, tt := range tests {
		t.Run(tt.trigger, func(t *testing.T) {
			if e := eventBy(t, r, tt.trigger); (e.Status == timeline.Denied) != tt.denied {
				t.Errorf("%s: status %s, want denied %v%s", tt.trigger, e.Status, tt.denied, describe(r))
			}
		})
	}
}
