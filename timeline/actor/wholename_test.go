package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestWholeName: a surname-like word linked to a name of the document
// takes the word before it when the two spell that name, rather than
// leaving the first word a name of its own (in a corpus, "Cambridge" of
// "Cambridge Analytica" was confirmed as the university's short name).
func TestWholeName(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Kelby Analytica said the report had been edited. Ivo Rendal said he had been assured by Kelby Analytica that all was legal.",
			"Kelby Analytica=kelby-analytica Ivo Rendal=ivo-rendal Kelby Analytica=kelby-analytica"},
	}
	for _, tc := range tests {
		ms, _ := findAndResolve(t, []timeline.Document{docOf("a", tc.text)})
		if got := mentionIDs(ms[0]); got != tc.want {
			t.Errorf("got %q, want %q", got, tc.want)
		}
	}
}
