package language

import "testing"

// TestRelativeThatOnVerb: a clause "that" opens right after a noun, which
// the parse hung beside the main verb, is the noun's relative clause; one
// parsed right is left, and so is its conjunct.
func TestRelativeThatOnVerb(t *testing.T) {
	checkArcs(t, []arcCase{
		{"Investigators on Sunday recovered both flight recorders from the wreckage of a passenger plane that crashed shortly after take-off on Friday.", "crashed", "plane", "acl:relcl", false},
		{"Investigators on Sunday recovered the flight recorders of a plane that crashed on Friday, killing 47 of the 52 people on board.", "crashed", "plane", "acl:relcl", false},
		{"The minister resigned on Tuesday, saying he took responsibility for a stampede at a festival last Saturday that killed 12 people.", "killed", "Saturday", "acl:relcl", true}, // a time
		{"Rescuers reached the bus that fell into the river and pulled out six people.", "pulled", "fell", "conj", false},                                                              // parsed right already
	})
}
