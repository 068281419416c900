package ingest

import (
	"strings"
	"unicode"
	"unsafe"
)

// lowRoom is the longest line lowerOn lowers on its caller's stack: the
// notices it serves are short lines, and a paragraph over it is lowered
// as before.
const lowRoom = 512

// lowerOn returns strings.ToLower(s), written into buf when s is ASCII
// and fits, so that the checks of every line (isNotice and its kin, which
// lowered each line on the heap: 13 MB of reading 2,000 articles) make
// nothing for the collector. The result shares buf's bytes: it must not
// outlive buf nor be kept, and buf must not be written while it is read.
func lowerOn(buf []byte, s string) string {
	if len(s) > len(buf) || len(s) == 0 {
		return strings.ToLower(s)
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			// Non-ASCII letters lower to other lengths: strings.ToLower
			// knows them.
			return strings.ToLower(s)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return unsafe.String(&buf[0], len(s))
}

// shortFields are the words of a short sentence, as many as n says.
type shortFields struct {
	w [32]string
	n int
}

// fieldsOf splits s into words as strings.Fields does, into a value its
// caller keeps on its stack (an array handed in would let the words, and
// the bytes they point into, escape to the heap). ok is false when s has
// more words than it holds.
func fieldsOf(s string) (f shortFields, ok bool) {
	start := -1 // where the word being read began, or -1
	for i, r := range s {
		switch {
		case !unicode.IsSpace(r):
			if start < 0 {
				start = i
			}
			continue
		case start < 0:
			continue
		case f.n == len(f.w):
			return f, false
		}
		f.w[f.n], start = s[start:i], -1
		f.n++
	}
	if start >= 0 {
		if f.n == len(f.w) {
			return f, false
		}
		f.w[f.n] = s[start:]
		f.n++
	}
	return f, true
}
