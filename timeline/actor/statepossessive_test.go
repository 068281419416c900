package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestStatePossessiveLegislature: a legislature written in capitals after
// a state's possessive is that state's, not the body the gazetteer knows
// by the bare word.
func TestStatePossessiveLegislature(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Carl Dahl addressed Chile's Congress on Monday.", "Carl Dahl=carl-dahl Chile=(chile) Congress=chilean-congress"},
		{"Chile's Senate voted on the bill.", "Chile=(chile) Senate=chilean-senate"},
		{"The US Congress voted on the bill.", "US Congress=us-congress"},
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
