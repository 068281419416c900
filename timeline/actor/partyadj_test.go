package actor

import "testing"

// TestPartyAdjective: a capitalised adjective of bodies' names
// ("National") before a name that a lower-case "party" follows opens
// the party's name, after "the" or a possessive; after a title's word it
// opens none.
func TestPartyAdjective(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"The National Renewal party named Olga Petrak as acting minister.", "National Renewal=national-renewal Olga Petrak=olga-petrak"},
		{"Dostan's National Renewal party has 49 seats.", "National Renewal=national-renewal"},
		// Must not change.
		{"The Green Renewal party named Olga Petrak.", "Green Renewal=green-renewal Olga Petrak=olga-petrak"},
		{"Deputy National Renewal party leader Ivo Renner spoke.", "Ivo Renner=ivo-renner"},
	} {
		checkLastDoc(t, []string{tc.text}, tc.want)
	}
}
