package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestInvertedOpener: a sentence opening on "Had …" or "Were … to" with
// no "if" is a condition, its verb hypothetical with its subject, and the
// opening "Had" no event of having; a past perfect with its subject
// first is what happened.
func TestInvertedOpener(t *testing.T) {
	tests := []struct{ text, trigger, status, summary string }{
		{"Had the panel upheld the ban, Anna Berg would have missed the games.", "uphold", timeline.Hypothetical, "The panel had upheld the ban"},
		{"But had the court agreed, the club could have appealed.", "agree", timeline.Hypothetical, "The court had agreed"},
		{"Were the bill to pass, the rules would change in January.", "pass", timeline.Hypothetical, ""},
		// Not a condition: the subject comes first.
		{"Anna Berg had won the race, and she said she would retire.", "win", timeline.Occurred, ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			e := eventBy(t, r, tt.trigger)
			if e.Status != tt.status {
				t.Errorf("status %q, want %q%s", e.Status, tt.status, describe(r))
			}
			if tt.summary != "" && e.Summary != tt.summary {
				t.Errorf("summary %q, want %q%s", e.Summary, tt.summary, describe(r))
			}
			for _, e := range r.Events {
				if e.Trigger == "have" {
					t.Errorf("an event of having: %q%s", e.Summary, describe(r))
				}
			}
		})
	}
}
