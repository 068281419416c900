package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestAnswerLinks links a rejection of someone's telling to the event that
// tells it elsewhere in the article, and only to that.
func TestAnswerLinks(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // summary of the answered event; "" for no responds_to link
		// (the claim noun's own event, "Berg's claim", when the article tells
		// the claim nowhere else)
	}{
		{"a rejected claim told later",
			"Sudland rejected Berg's claim that Norland would join the talks in Ostburg. Berg claimed on Monday that Norland would join the talks.",
			"Anna Berg claimed Norland would join the talks"},
		{"the owner's other saying is not the claim",
			"Sudland rejected Berg's claim that Norland would join the talks in Ostburg. Berg said on Monday that the weather was fine.",
			"Berg's claim"},
		{"another's saying is not the claim",
			"Sudland rejected Berg's claim that Norland would join the talks in Ostburg. Dahl claimed on Monday that Norland would join the talks.",
			"Berg's claim"},
		{"any noun with a content clause",
			"Sudland dismissed Berg's notion that Norland would join the talks in Ostburg. Berg argued on Monday that Norland would soon join the talks.",
			"Anna Berg argued Norland would soon join the talks"},
		{"a contradiction is the cue reader's",
			"Berg claimed on Monday that Norland would join the talks. Sudland contradicted Berg's claim that Norland would join the talks.",
			""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := parseText(t, tt.text)
			got := ""
			for _, l := range r.Links {
				if l.Kind == timeline.RespondsTo {
					if r.Events[l.From].Kind != KindRejection {
						t.Errorf("responds_to from %q, want it from the rejection", r.Events[l.From].Summary)
					}
					got = r.Events[l.To].Summary
				}
			}
			if got != tt.want {
				t.Errorf("answers %q, want %q%s", got, tt.want, describe(r))
			}
		})
	}
}

// TestReactionLinks: a reaction to an event named as its object responds
// to it; a reaction to a person answers no event.
func TestReactionLinks(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The African Union condemned the attempted takeover on Saturday.", "The attempted takeover"},
		{"Sudland welcomed the release of the hostages on Tuesday.", "The release"},
		{"Sudland condemned Carl Dahl on Tuesday.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			got := ""
			for _, l := range r.Links {
				if l.Kind == timeline.RespondsTo {
					got = r.Events[l.To].Summary
				}
			}
			if got != tt.want {
				t.Errorf("responds to %q, want %q%s", got, tt.want, describe(r))
			}
		})
	}
}
