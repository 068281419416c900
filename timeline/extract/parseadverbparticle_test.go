package extract

import "testing"

// TestAdverbParticle: a particle the parse reads as an adverb still makes
// its phrasal verb when WordNet gives the phrase a kind; prices that go
// down stay a movement.
func TestAdverbParticle(t *testing.T) {
	tests := []struct{ text, trigger, kind string }{
		{"The Norvik lender said on Monday that Carl Dahl, the head of its investment bank, and Anna Berg, its chief risk and compliance officer, would step down.", "step down", "resignation"},
		{"Anna Berg stepped down on Monday.", "step down", "resignation"},
		{"Prices went down on Monday.", "go down", "movement"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			r := parseText(t, tc.text)
			if e := eventBy(t, r, tc.trigger); e.Kind != tc.kind {
				t.Errorf("kind %q, want %q%s", e.Kind, tc.kind, describe(r))
			}
		})
	}
}
