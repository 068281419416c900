package report

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// idName reads the id of a side that has no actor of its own as a name:
// "palestine" is "Palestine", "united-states" "United States", "uk" "UK".
// An id with a capital or a digit is not a word: it is kept as it is.
func idName(id string) string {
	if strings.IndexFunc(id, func(r rune) bool { return unicode.IsUpper(r) || unicode.IsDigit(r) }) >= 0 {
		return id
	}
	words := strings.FieldsFunc(id, func(r rune) bool { return r == '-' || r == '_' || unicode.IsSpace(r) })
	if len(words) == 1 && utf8.RuneCountInString(words[0]) <= 3 {
		return strings.ToUpper(words[0]) // an abbreviation: "us", "eu"
	}
	for i, w := range words {
		if i > 0 && (w == "of" || w == "and" || w == "the" || w == "de") {
			continue
		}
		r, n := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + w[n:]
	}
	return strings.Join(words, " ")
}
