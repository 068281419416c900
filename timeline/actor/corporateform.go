package actor

import "strings"

// A company's name may end in a word that says only that it is one
// ("UnitedHealth Group", "Vell Holdings"): what it does the text says
// beside it, or by the noun it calls it by later, "the insurer", "the
// bank", which such a name agrees with (see agrees).

// corporateForms end a company's name without saying what it does.
var corporateForms = map[string]bool{"group": true, "company": true, "corporation": true, "corp": true, "inc": true,
	"ltd": true, "plc": true, "llc": true, "ag": true, "sa": true, "gmbh": true, "co": true, "holdings": true, "holding": true}

// linedName reports whether a word of name other than a corporate form
// says what the body does: "Vell Insurance Corporation", "Ostrand
// Financial Group".
func linedName(name string) bool {
	for w := range strings.FieldsSeq(name) {
		if lw := strings.ToLower(w); !corporateForms[lw] && nameTypes[lw]&^tyBusiness != 0 {
			return true
		}
	}
	return false
}
