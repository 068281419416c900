package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestStateFieldBody: a field in capitals and a body's noun after a
// state's possessive or adjective name the state's body of that field,
// one actor with the body written all in capitals.
func TestStateFieldBody(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Canada's Olympic committee said Carl Dahl would carry the flag.",
			"Canada=(canada) Olympic committee=canadian-olympic-committee Carl Dahl=carl-dahl"},
		{"The Italian Football federation fined Anna Berg.", "Football federation=italian-football-federation Anna Berg=anna-berg"},
		{"The Canadian Olympic Committee named Carl Dahl. Canada's Olympic committee said he would carry the flag.",
			"Canadian Olympic Committee=canadian-olympic-committee Carl Dahl=carl-dahl Canada=(canada) Olympic committee=canadian-olympic-committee"},
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
