package language

import "testing"

// TestSubjectOfOblique: a subject hung on the phrase after it, which the
// parse made the verb's oblique, is the verb's subject, and the phrase its
// noun's; an oblique with no subject of its own stays.
func TestSubjectOfOblique(t *testing.T) {
	const toll = "The death toll from Tuesday's earthquake in western Belmora rose to 137 on Wednesday, the Civil Protection Agency said."
	checkArcs(t, []arcCase{
		{toll, "toll", "rose", "nsubj", false},
		{toll, "earthquake", "toll", "nmod", false},
		{"Prices rose from Monday to Friday.", "Prices", "rose", "nsubj", false},
	})
}
