package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestFieldNumber: a name ending in a field before "number" or "numbers"
// names a kind of number ("Social Security numbers"), no body that "the
// company" after it could stand for; ending a run alone it is a company.
func TestFieldNumber(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Orvane Inc said hackers took Public Security numbers. The company said it would mail notices.",
			"Orvane Inc=orvane hackers=hackers company=orvane"},
		{"Merriton Health said it would cut jobs.", "Merriton Health=merriton-health"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			ms, _ := findAndResolve(t, []timeline.Document{docOf("a", tc.text)})
			if got := mentionIDs(ms[0]); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
