package svg

import (
	"strconv"
	"unicode/utf8"
)

// buf accumulates the document; its append methods never fail.
type buf struct{ b []byte }

func (w *buf) s(s string) { w.b = append(w.b, s...) }

// num appends v with at most two decimals, trailing zeros trimmed, so that
// the output does not depend on float noise: 12.50 → 12.5, 3.00 → 3.
func (w *buf) num(v float64) { w.b = appendNum(w.b, v) }

func appendNum(b []byte, v float64) []byte {
	if v != v || v > 1e12 || v < -1e12 { // NaN or absurd
		return append(b, '0')
	}
	start := len(b)
	b = strconv.AppendFloat(b, v, 'f', 2, 64)
	for b[len(b)-1] == '0' {
		b = b[:len(b)-1]
	}
	if b[len(b)-1] == '.' {
		b = b[:len(b)-1]
	}
	if string(b[start:]) == "-0" {
		b = append(b[:start], '0')
	}
	return b
}

// attr appends ` name="value"` with value escaped.
func (w *buf) attr(name, value string) {
	w.b = append(w.b, ' ')
	w.b = append(w.b, name...)
	w.b = append(w.b, '=', '"')
	w.b = appendEscaped(w.b, value, true)
	w.b = append(w.b, '"')
}

// numAttr appends ` name="v"`.
func (w *buf) numAttr(name string, v float64) {
	w.b = append(w.b, ' ')
	w.b = append(w.b, name...)
	w.b = append(w.b, '=', '"')
	w.b = appendNum(w.b, v)
	w.b = append(w.b, '"')
}

// text appends s as escaped character data.
func (w *buf) text(s string) { w.b = appendEscaped(w.b, s, false) }

// appendEscaped escapes s for XML character data or, with inAttr, for a
// double- or single-quoted attribute value (where line breaks and tabs are
// kept as character references). Characters XML does not allow, and bytes
// that are not UTF-8, become U+FFFD.
func appendEscaped(b []byte, s string, inAttr bool) []byte {
	for i := 0; i < len(s); {
		if n := safeRun(s[i:], inAttr); n > 0 {
			b = append(b, s[i:i+n]...)
			i += n
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			r = utf8.RuneError
		}
		i += n
		switch {
		case r == '&':
			b = append(b, "&amp;"...)
		case r == '<':
			b = append(b, "&lt;"...)
		case r == '>':
			b = append(b, "&gt;"...)
		case r == '"' && inAttr:
			b = append(b, "&quot;"...)
		case r == '\'' && inAttr:
			b = append(b, "&#39;"...)
		case r == '\n' && inAttr:
			b = append(b, "&#10;"...)
		case r == '\t' && inAttr:
			b = append(b, "&#9;"...)
		case r == '\r':
			b = append(b, "&#13;"...)
		case !xmlChar(r):
			b = utf8.AppendRune(b, utf8.RuneError)
		default:
			b = utf8.AppendRune(b, r)
		}
	}
	return b
}

// safeRun returns the length of the leading run of s that needs no
// escaping: printable ASCII other than the markup characters.
func safeRun(s string, inAttr bool) int {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c < ' ' || c > '~' || c == '&' || c == '<' || c == '>':
			return i
		case inAttr && (c == '"' || c == '\''):
			return i
		}
	}
	return len(s)
}

// xmlChar reports whether XML 1.0 allows r in a document.
func xmlChar(r rune) bool {
	return r == '\t' || r == '\n' || r == '\r' ||
		(r >= 0x20 && r <= 0xD7FF) || (r >= 0xE000 && r <= 0xFFFD) || (r >= 0x10000 && r <= 0x10FFFF)
}
