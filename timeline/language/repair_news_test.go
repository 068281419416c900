package language

import "testing"

// TestTitledSpeaker: a speaker named with a title in lower case after what
// was said ("…, speaker Ivo Renner said") is the verb's subject and the
// verb the root, though the parse hung the comma on the title.
func TestTitledSpeaker(t *testing.T) {
	const text = "Parliament will vote on the motion next Thursday, speaker Ivo Renner said."
	checkArcs(t, []arcCase{
		{text, "said", "", "root", false},
		{text, "Ivo", "said", "nsubj", false},
		{text, "speaker", "Ivo", "compound", false},
		{text, "vote", "said", "ccomp", false},
	})
}
