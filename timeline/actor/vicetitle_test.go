package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestViceTitle: a deputy's hyphenated title is the holder's role whole.
func TestViceTitle(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Vice-Defence Minister Tomas Brink told the hearing he had objected.", "Vice-Defence Minister"},
		{"Vice-Foreign Minister Ana Velloso met the envoy.", "Vice-Foreign Minister"},
	} {
		text, want := tc.text, tc.want
		f := NewFinder()
		doc := docOf("a", text)
		got := ""
		for _, m := range f.Find(&doc) {
			if m.Kind == timeline.Person {
				got = m.Role
			}
		}
		if got != want {
			t.Errorf("%s: role %q, want %q", text, got, want)
		}
	}
}
