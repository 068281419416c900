package actor

import (
	"testing"
)

// TestInitialsHoldOffice: a word in capitals before an office held in a
// firm is the firm's name, in its own article and in another that writes
// it where nothing tells a body.
func TestInitialsHoldOffice(t *testing.T) {
	all := findTexts(t, []string{
		"Prosecutors said DVKX co-founder Anna Berg had lied. The DVKX chief executive, Carl Dahl, resigned.",
		"DVKX, once valued at $3 billion, collapsed on Friday.",
	})
	want := []string{"Prosecutors=prosecutors DVKX=(dvkx) Anna Berg=anna-berg DVKX=(dvkx) chief executive=carl-dahl Carl Dahl=carl-dahl", "DVKX=dvkx"}
	for d, ms := range all {
		if got := mentionIDs(ms); got != want[d] {
			t.Errorf("document %d: got %q, want %q", d, got, want[d])
		}
	}
}
