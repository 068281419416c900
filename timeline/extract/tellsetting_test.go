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
