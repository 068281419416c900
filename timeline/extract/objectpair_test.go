package extract

import (
	"slices"
	"testing"
)

// TestObjectPair: "both men" after a verb are the last two people named
// before it other than its agent, and the summary says "both men".
func TestObjectPair(t *testing.T) {
	tests := []struct {
		text, trigger string
		want          []string
		summary       string
	}{
		{"The league suspended Carl Dahl and Gus Holm on Monday. The club owner, Anna Berg, fired both men the same afternoon.",
			"fire", []string{"patient:carl-dahl", "patient:gus-holm"}, "Anna Berg fired both men"},
		// things are no pair of people
		{"Carl Dahl met Gus Holm on Monday. Anna Berg sold both houses on Tuesday.",
			"sell", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			e := eventBy(t, r, tt.trigger)
			got := others(e)
			if !slices.Equal(got, tt.want) {
				t.Errorf("%s: others %v, want %v%s", tt.trigger, got, tt.want, describe(r))
			}
			if tt.summary != "" && e.Summary != tt.summary {
				t.Errorf("%s: summary %q, want %q", tt.trigger, e.Summary, tt.summary)
			}
		})
	}
}
