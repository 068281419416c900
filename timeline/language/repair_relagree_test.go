package language

import "testing"

// TestRelativeByNumber: a relative clause after "X of Y" goes on the noun
// its verb agrees with; a clause that agrees with the noun it is on, or
// whose verb shows no number, stays.
func TestRelativeByNumber(t *testing.T) {
	checkArcs(t, []arcCase{
		{"Lawmakers filed motions of no confidence, which are expected to be debated on Monday.", "expected", "motions", "acl:relcl", false},
		{"Anna Berg met the heads of the agency, who were appointed last year.", "appointed", "heads", "acl:relcl", false},
		{"Ivo Renner criticised the head of the banks, who has resigned.", "resigned", "head", "acl:relcl", false},
		{"The bridge carries thousands of cars, which cross it each day.", "cross", "cars", "acl:relcl", false}, // agrees already
		{"Lena Park met the heads of the agency, who said little.", "said", "agency", "acl:relcl", false},
		{"Ivo Renner of Alder Public Relations, which is working for the club, said the players would not speak.", "working", "Relations", "acl:relcl", false}, // a name's number
		{"The river flooded the homes of the village, which is near the dam.", "dam", "village", "acl:relcl", false},                                           // a copula agrees
	})
}
