package language

import "testing"

// TestParticipleAfterSpeaker: a participle after a verb of saying and its
// comma describes the speaker when what was said stands elsewhere; a
// participle that takes the "that" clause itself keeps it.
func TestParticipleAfterSpeaker(t *testing.T) {
	const (
		quoted = "\"We will not give up,\" Anna Berg said, surrounded by supporters."
		that   = "The mayor said, flanked by police officers, that the town was safe."
	)
	checkArcs(t, []arcCase{
		{"\"The town is safe,\" the mayor said, flanked by police officers.", "flanked", "said", "advcl", false},
		{quoted, "surrounded", "said", "advcl", false},
		{quoted, "said", "", "root", false},
		{quoted, "give", "said", "ccomp", false},
		{"Prices will rise, Ivo Renner said, speaking at a news conference.", "speaking", "said", "advcl", false},
		{that, "flanked", "said", "advcl", false},
		{that, "safe", "said", "ccomp", false},
		{"The mayor said, adding that the town was safe.", "safe", "adding", "ccomp", false},
	})
}
