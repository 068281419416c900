package extract

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestSentenceCase checks sentenceCase against the copy it made of every
// string before it returned a capitalised one as it is.
func TestSentenceCase(t *testing.T) {
	copied := func(s string) string {
		r, n := utf8.DecodeRuneInString(s)
		return string(unicode.ToUpper(r)) + s[n:]
	}
	for _, s := range []string{"", "a", "A", "anna Berg resigned", "Anna Berg resigned", "élan", "Élan",
		"\xff bad", "\uFFFD kept", "1 killed", "ǆ digraph", "ß"} {
		if got, want := sentenceCase(s), copied(s); got != want {
			t.Errorf("sentenceCase(%q) = %q, want %q", s, got, want)
		}
	}
}
