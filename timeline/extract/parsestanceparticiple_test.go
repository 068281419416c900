package extract

import (
	"strings"
	"testing"
)

// TestStanceParticiple checks that a closing participle of disputing is
// the speaker's when the parse hangs it inside what the speaker reports,
// and that a participle of the reported deed stays its doer's.
func TestStanceParticiple(t *testing.T) {
	runActorCases(t, []struct{ text, trigger, want string }{
		{"Anna Berg, a heart surgeon, testified on Monday that Carl Dahl died from a lack of blood caused by the way he was pinned to the floor, rejecting the defense's claim that an old injury killed him.", "reject", "agent:anna-berg"},
		{"Police said that Gus Holm opened fire in the hall, killing three.", "kill", "agent:gus-holm"},
	})
}

// TestSayingOfWriting checks that a closing participle of saying stays
// with what was written, though the parse hangs it inside a reported
// clause: the note says it, not the prosecutors.
func TestSayingOfWriting(t *testing.T) {
	r := parseText(t, "Prosecutors said Carl Dahl had written a note on the inside wall of the shed where he hid for much of April 19, saying the fire was revenge for the eviction.")
	for _, e := range r.Events {
		if e.Trigger == "say" && strings.HasPrefix(e.Summary, "Prosecutors") && strings.Contains(e.Summary, "revenge") {
			t.Errorf("summary %q gives the note's saying to the prosecutors%s", e.Summary, describe(r))
		}
	}
}
