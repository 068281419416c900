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
		shortWords(), // more words than the table is first sized for
	}
	reused := newLowerIndex("")
	for _, text := range texts {
		x := newLowerIndex(text)
		reused.reset(text)
		words := strings.FieldsFunc(text, func(r rune) bool { return r == ' ' || r == ',' || r == ';' })
		words = append(words, "Bec", "Cor", "Ber", "Word", "Qaeda", "S", "Ray", "Quoted", "Nd", "Tienne", "ienne", "Raße", "Eill", "Neill")
		for _, w := range words {
			for _, v := range []string{w, strings.Title(w), strings.TrimRight(w, ".:")} { //nolint:staticcheck // a rough title case is all the test needs
				if v == "" {
					continue
				}
				want := lowerIn(text, v)
				if got := x.has(v); got != want {
					t.Errorf("%q in %q: index %v, lowerIn %v", v, text, got, want)
				}
				if got := reused.has(v); got != want {
					t.Errorf("%q in %q: reset index %v, lowerIn %v", v, text, got, want)
				}
			}
		}
	}
}

// shortWords is a text of every two-letter word, lower-case, then upper:
// three bytes a word, twice as many words as bytesPerWord expects.
func shortWords() string {
	var b strings.Builder
	for _, first := range []string{"abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"} {
		for _, c := range first {
			for _, d := range "abcdefghijklmnopqrstuvwxyz" {
				b.WriteRune(c)
				b.WriteRune(d)
				b.WriteByte(' ')
			}
		}
	}
	return b.String()
}
