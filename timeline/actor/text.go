package actor

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The byte tests of ASCII letters the package's text scans share: one
// copy each, so that "a capital" means the same to every rule.

// isUpper reports whether c is an ASCII capital.
func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }

// isLetter reports whether c is an ASCII letter.
func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || isUpper(c) }

// capitalAt reports whether text has a capital letter at byte offset at.
func capitalAt(text string, at int) bool { return at < len(text) && isUpper(text[at]) }

// startsUpper reports whether s opens with a capital or a digit, in any
// script.
func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

// editDistance is the optimal-string-alignment distance between a and b
// (insertions, deletions, substitutions and swaps of neighbours), counted
// in runes; it stops early and returns limit+1 once the distance must
// exceed limit.
func editDistance(a, b string, limit int) int {
	var bufA, bufB [32]rune
	ra, rb := toRunes(bufA[:0], a), toRunes(bufB[:0], b)
	if d := len(ra) - len(rb); d > limit || -d > limit {
		return limit + 1
	}
	var rows [3][33]int
	var prev2, prev, cur []int
	if len(rb) < len(rows[0]) {
		prev2, prev, cur = rows[0][:len(rb)+1], rows[1][:len(rb)+1], rows[2][:len(rb)+1]
	} else {
		prev2, prev, cur = make([]int, len(rb)+1), make([]int, len(rb)+1), make([]int, len(rb)+1)
	}
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			rowMin = min(rowMin, v)
		}
		if rowMin > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}

// toRunes appends the runes of s to buf, which grows only for long text.
func toRunes(buf []rune, s string) []rune {
	for _, r := range s {
		buf = append(buf, r)
	}
	return buf
}

// slug makes an actor id of a name: lower-case ASCII words joined by
// hyphens, accents folded ("Viktor Orbán" → "viktor-orban").
func slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range name {
		r = fold(unicode.ToLower(r))
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		case r == '\'' || r == '’' || r == '.':
			// "U.S." → "us"
		default:
			dash = true
		}
	}
	return b.String()
}

// fold maps accented Latin letters to their base letter.
func fold(r rune) rune {
	if r < 0xC0 {
		return r
	}
	if b, ok := folds[r]; ok {
		return b
	}
	return r
}

var folds = func() map[rune]rune {
	pairs := []string{
		"aàáâãäåāăą", "cçćč", "dďđ", "eèéêëēėęě", "gğ", "iìíîïīįı", "kķ", "lłľĺ",
		"nńňñ", "oòóôõöøōő", "rŕř", "sśšşș", "tťț", "uùúûüūůűų", "yýÿ", "zžźż",
	}
	m := map[rune]rune{}
	for _, p := range pairs {
		base, _ := utf8.DecodeRuneInString(p)
		for _, r := range p[1:] {
			m[r] = base
		}
	}
	return m
}()

// foldName writes w without its accents, keeping each letter's case:
// "Zürich" → "Zurich", "Émile" → "Emile".
func foldName(w string) string {
	// Most names are plain ASCII, which folds to itself: returned as
	// it is, it costs nothing (built anew, a rune at a time, names were
	// a tenth of the allocations of extracting the benchmark corpus).
	if isASCII(w) {
		return w
	}
	var b strings.Builder
	b.Grow(len(w))
	for _, r := range w {
		if l := unicode.ToLower(r); l != r {
			b.WriteRune(unicode.ToUpper(fold(l)))
		} else {
			b.WriteRune(fold(r))
		}
	}
	return b.String()
}

// isASCII reports whether every byte of s is ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
