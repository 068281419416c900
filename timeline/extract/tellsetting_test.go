package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestTellingPastNamedSetting checks that what a person told someone at a
// named place is what was said, the listener and the place left out, when
// the place is a named actor behind an article ("told reporters at the
// White House that …"), as it is behind a bare preposition.
func TestTellingPastNamedSetting(t *testing.T) {
	houses := []who{{text: "White House", id: "us-presidency", name: "US presidency", kind: timeline.Organization, country: "us"}}
	tests := []struct{ text, want string }{
		{"Eva Falk told reporters at the White House that there was no evidence so far that the Sudlish government was involved.",
			"Eva Falk said there was no evidence so far that the Sudlish government was involved"},
		{"Carl Dahl told farmers at the Palace on Monday that the price of grain had been far too low for years.",
			"Carl Dahl said the price of grain had been far too low for years"},
		{"Eva Falk told reporters in Ostburg that the price of grain had been far too low for years.",
			"Eva Falk said the price of grain had been far too low for years"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseTextCast(t, tt.text, houses, nil)
			e := find(t, r, KindStatement)
			if e.Summary != tt.want {
				t.Errorf("summary %q, want %q%s", e.Summary, tt.want, describe(r))
			}
		})
	}
}

// TestTellingPastAddresseePronoun checks that whom a person told, as a
// pronoun, is left out of what was said, as a named listener is: "told
// him the plan had failed" is no "said him the plan".
func TestTellingPastAddresseePronoun(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Carl Dahl told him the price of grain had been far too low for years.",
			"Carl Dahl said the price of grain had been far too low for years"},
		{"Eva Falk told them the ferry would not sail on Monday.",
			"Eva Falk said the ferry would not sail"},
		{"Eva Falk told her that the harvest had failed.",
			"Eva Falk said the harvest had failed"},
		// A listener before a colon: what follows it was said.
		{"Eva Falk told reporters on Monday: \"The harvest has failed.\"",
			"Eva Falk said: “The harvest has failed”"},
		{"Eva Falk told farmers: \"The harvest has failed.\"",
			"Eva Falk said: “The harvest has failed”"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseTextCast(t, tt.text, nil, nil)
			e := find(t, r, KindStatement)
			if e.Summary != tt.want {
				t.Errorf("summary %q, want %q%s", e.Summary, tt.want, describe(r))
			}
		})
	}
}
