package actor

import (
	"strings"
	"testing"
)

// TestLowerIndex checks that the index answers as lowerIn does, for every
// word and every capitalised form of it, on texts with the edges lowerIn
// reads: non-ASCII letters before a match, hyphens, apostrophes, dots,
// digits and invalid bytes.
func TestLowerIndex(t *testing.T) {
	texts := []string{
		"The bank said banks were open. Bank of England.",
		"Québec said bec was cold; décor and Décor, naïve.",
		"al-Qaeda and Al-Qaeda, U.S. and u.s. officials, O'Neill and o'neill.",
		"The 3rd round: 3rd place, x-ray X-Ray.",
		"über Über ÜBER, straße Straße.",
		"bad \xff bytes \xffword and Word",
		"Étienne étienne, «quoted» words’ end’s",
		"",
	}
	for _, text := range texts {
		x := newLowerIndex(text)
		words := strings.FieldsFunc(text, func(r rune) bool { return r == ' ' || r == ',' || r == ';' })
		words = append(words, "Bec", "Cor", "Ber", "Word", "Qaeda", "S", "Ray", "Quoted", "Nd", "Tienne", "ienne", "Raße", "Eill", "Neill")
		for _, w := range words {
			for _, v := range []string{w, strings.Title(w), strings.TrimRight(w, ".:")} { //nolint:staticcheck // a rough title case is all the test needs
				if v == "" {
					continue
				}
				if got, want := x.has(v), lowerIn(text, v); got != want {
					t.Errorf("%q in %q: index %v, lowerIn %v", v, text, got, want)
				}
			}
		}
	}
}
