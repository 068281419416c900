package extract

import "testing"

// TestMouthpieceOf: "he" after "the press office of X says" is X; after a
// name in any other prepositional phrase it stays the one the story told
// of before.
func TestMouthpieceOf(t *testing.T) {
	people := []who{{text: "Carl Dahl", id: "carl-dahl"}, {text: "Anders Berg", id: "anders-berg"}}
	tests := []struct{ text, agent string }{
		{"Carl Dahl said on Monday he would not resign.\nThe press office of Anders Berg says he held talks with the mayor.", "anders-berg"},
		{"Carl Dahl said on Monday he would not resign.\nA spokesman for Anders Berg says he held talks with the mayor.", "anders-berg"},
		{"Carl Dahl said on Monday he would not resign.\nAfter a visit to Anders Berg, he held talks with the mayor.", "carl-dahl"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseTextCast(t, tt.text, people, nil)
			e := eventBy(t, r, "talk")
			if len(e.Actors) == 0 || e.Actors[0].ID != tt.agent {
				t.Errorf("actors %v, want agent %s%s", e.Actors, tt.agent, describe(r))
			}
		})
	}
}
