package tokenize

import (
	"unicode"
	"unicode/utf8"
)

// Character classes. ASCII is looked up in a table because the scanner
// asks about every byte; other runes go through package unicode.
const (
	cOther  uint8 = iota // punctuation and symbols
	cSpace               // separates tokens and never belongs to one
	cLetter              // letters, combining marks, '_' and bytes that are not UTF-8
	cDigit
)

var asciiClass = func() (t [128]uint8) {
	for c := 0; c < 128; c++ {
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			t[c] = cSpace
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c == '_':
			t[c] = cLetter
		case c >= '0' && c <= '9':
			t[c] = cDigit
		case c < ' ' || c == 0x7f:
			// Control characters are no text; treating them as space keeps
			// them out of tokens.
			t[c] = cSpace
		default:
			t[c] = cOther
		}
	}
	return t
}()

// classOf returns the class of r. Invalid UTF-8 (RuneError) counts as a
// letter, so that text in a legacy 8-bit encoding still comes out as whole
// words rather than one token per byte.
func classOf(r rune) uint8 {
	if r < utf8.RuneSelf {
		return asciiClass[r]
	}
	switch {
	case r == utf8.RuneError:
		return cLetter
	case isSpaceRune(r):
		return cSpace
	case unicode.IsLetter(r), unicode.IsMark(r), r == 0x200D, r == 0x00AD:
		return cLetter
	case unicode.IsDigit(r):
		return cDigit
	}
	return cOther
}

// isSpaceRune reports whether r separates tokens: Unicode white space, and
// the invisible characters that text editors leave between words (zero
// width space, byte order mark, word joiner). The soft hyphen is not one:
// it sits inside words and counts as a letter.
func isSpaceRune(r rune) bool {
	switch r {
	case 0x200B, 0xFEFF, 0x2060:
		return true
	}
	return unicode.IsSpace(r) || (r >= 0x80 && r < 0xA0)
}

// IsSpace reports whether the UTF-8 sequence at the start of s separates
// tokens, and its length. The fuzz test and callers that need to know
// which bytes no token covers use it.
func IsSpace(s string) (bool, int) {
	r, n := decode(s, 0, len(s))
	return n > 0 && classOf(r) == cSpace, n
}

// decode returns the rune at s[p:] (not reading past end) and its width.
func decode(s string, p, end int) (rune, int) {
	if p >= end {
		return 0, 0
	}
	if c := s[p]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[p:end])
}

// isApos reports whether r may be an apostrophe: the straight one, the
// right single quotation mark of typeset text, and the grave accent that
// some writers type for it.
func isApos(r rune) bool {
	return r == '\'' || r == '’' || r == '`'
}

// isClosing reports whether r may close a sentence after its final stop:
// quotes and closing brackets.
func isClosing(r rune) bool {
	switch r {
	case '"', '\'', '’', '”', '»', '›', ')', ']', '}', '`', '*', '_':
		return true
	}
	return false
}

// isBracketOrQuote reports whether r is a bracket or a quote, which never
// group into a run: "))" is two tokens.
func isBracketOrQuote(r rune) bool {
	switch r {
	case '(', ')', '[', ']', '{', '}', '"', '“', '”', '‘', '’', '«', '»', '‹', '›', '„', '‚':
		return true
	}
	return false
}

// isStop reports whether r ends a sentence; runs of stops ("?!", "...")
// are one token.
func isStop(r rune) bool {
	return r == '.' || r == '!' || r == '?' || r == '…'
}

func isDot(r rune) bool { return r == '.' || r == '…' }

// isLine reports whether r draws lines and arrows in plain text ("-->",
// "=====", "*~*~*"); a run of two or more of these is one token.
func isLine(r rune) bool {
	switch r {
	case '-', '=', '<', '>', '~', '*', '+', '|', '#', '^', '_':
		return true
	}
	return false
}

// isJoiner reports whether r is a mark or modifier that belongs to the
// rune before it: combining marks, variation selectors, emoji skin tones,
// and the zero width joiner.
func isJoiner(r rune) bool {
	return r == 0x200D || (r >= 0xFE00 && r <= 0xFE0F) || (r >= 0x1F3FB && r <= 0x1F3FF) ||
		(r >= utf8.RuneSelf && unicode.IsMark(r))
}

func lowerASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func isUpperASCII(c byte) bool { return c >= 'A' && c <= 'Z' }

func isDigitASCII(c byte) bool { return c >= '0' && c <= '9' }

func isLetterASCII(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }

// lastRune returns the last rune of s and its width.
func lastRune(s string) (rune, int) {
	return utf8.DecodeLastRuneInString(s)
}
