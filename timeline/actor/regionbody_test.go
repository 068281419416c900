package actor

import "testing"

// TestRegionBody: two capitalised common nouns before a region of
// states name a body ("Fair Flight Europe"); one is the region's
// epithet or a sentence's capital, left as it was.
func TestRegionBody(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"A group representing air passengers, Fair Flight Europe, said travellers were owed refunds.",
			"passengers=passengers Fair Flight Europe=fair-flight-europe"},
		{"Fair Flight Europe said travellers were owed refunds.", "Fair Flight Europe=fair-flight-europe"},
		// Must not change.
		{"Prices rose across Central Europe and Western Europe.", "Europe=europe Europe=europe"},
		{"Reform UK said it would win.", "Reform UK=reform-uk"},
	} {
		checkLastDoc(t, []string{tc.text}, tc.want)
	}
}
