package extract

import "testing"

// TestAgedNameSubject checks that a past verb after a name and its age
// set off by commas is the name's deed, when the parse hangs the verb on
// the name as a parenthetical and leaves the sentence with no verb.
func TestAgedNameSubject(t *testing.T) {
	runActorCases(t, []struct{ text, trigger, want string }{
		{"Gus Holm, 38, lost consciousness on his way back from placing ropes along the route to the camp, and his partner could not revive him.", "lose", "agent:gus-holm"},
		{"Anna Berg, 38, collapsed on the track after the race, and medics could not revive her.", "collapse", "agent:anna-berg"},
	})
}
