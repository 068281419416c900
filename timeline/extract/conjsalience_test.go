package extract

import "testing"

// TestSharedDeedSalience: a deed coordinated with a dated deed of the same
// subject and tense is told on that day by its own text and reaches the
// pictures; one with a subject or an auxiliary of its own is not made so.
func TestSharedDeedSalience(t *testing.T) {
	runShownCases(t, []shownCase{
		{"Special forces stormed a bank in Ostburg early on Saturday and arrested a gunman who had held staff hostage.", "arrest", true},
		{"Police raided two homes on Monday and detained six men.", "detain", true},
		{"Rebels shelled the town on Sunday and seized the airport.", "seize", true},
		// A subject or an auxiliary of its own: another deed, maybe another day.
		{"Police raided two homes on Monday and officials later detained six men.", "detain", false},
		{"Police raided two homes on Monday and have detained six men.", "detain", false},
		// A conjunct of a noun's modifier is no deed of the same subject.
		{"Earlier attempts at a settlement, including a ceasefire agreed on Monday, collapsed amid mutual accusations.", "collapse", false},
	})
}
