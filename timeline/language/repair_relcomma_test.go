package language

import "testing"

// TestRelativeAfterCommaVerbs: a clause "who" opens after a comma is the
// noun's before the comma when the parse made it an adverbial of the main
// verb, or an adjective of its own object despite its auxiliary.
func TestRelativeAfterCommaVerbs(t *testing.T) {
	const promised = "Crowds gathered in the main square on Saturday in support of the soldiers, who have promised elections but set no timetable."
	checkArcs(t, []arcCase{
		{"Hundreds marched to the ministry in support of the nurses, who have rejected the offer.", "rejected", "nurses", "acl:relcl", false},
		{promised, "promised", "soldiers", "acl:relcl", false},
		{promised, "elections", "promised", "obj", false},
		{"The union backed the drivers, who have refused overtime since May.", "refused", "drivers", "acl:relcl", false}, // a complement, mended before
	})
}
