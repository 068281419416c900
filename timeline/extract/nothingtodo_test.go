package extract

import "testing"

// TestConnectionIdiom: "have nothing (something) to do with" is no event
// of having or doing; a "have" with a thing to do of another verb stays.
func TestConnectionIdiom(t *testing.T) {
	tests := []struct {
		text, trigger string
		event         bool
	}{
		{"\"He has nothing to do with this,\" Carl Dahl said.", "have", false},
		{"\"He has nothing to do with this,\" Carl Dahl said.", "do", false},
		{"Police said Anna Berg had something to do with the fire.", "have", false},
		{"Carl Dahl had nothing to eat.", "have", true},
	}
	for _, tt := range tests {
		t.Run(tt.text+" "+tt.trigger, func(t *testing.T) {
			r := parseText(t, tt.text)
			if e := eventWith(r, tt.trigger); (e != nil) != tt.event {
				t.Errorf("event %q: %v, want %v%s", tt.trigger, e != nil, tt.event, describe(r))
			}
		})
	}
}
