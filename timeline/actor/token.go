package actor

import (
	"unicode"
	"unicode/utf8"
)

// token is a word or a punctuation mark of a sentence. Offsets are bytes
// into the document's Text; a possessive ending ("’s", "’") is left out of
// [start, end) and flagged.
type token struct {
	start, end int
	flags      uint16
	lex        uint16 // word-list bits, valid once tLex is set
	punct      byte   // for punctuation: the ASCII mark it stands for
	low        string // the lower-case form, valid once tLow is set
}

const (
	tWord    uint16 = 1 << iota // letters or digits
	tCap                        // starts with an upper-case letter
	tUpper                      // two or more letters, all upper-case
	tPoss                       // followed by a possessive ending
	tDigit                      // starts with a digit
	tHyphen                     // contains a hyphen
	tInitial                    // dotted initials such as "U.S."
	tLex                        // lex holds the token's word-list bits
	tLow                        // low holds the token's lower-case form
)

func (t token) is(f uint16) bool { return t.flags&f != 0 }

// tokenize appends the tokens of text[start:end] to toks. It reads the
// text once, byte by byte on ASCII, and allocates only when toks grows.
func tokenize(toks []token, text string, start, end int) []token {
	i := start
	for i < end {
		c := text[i]
		if c < utf8.RuneSelf {
			switch asciiClass[c] {
			case classSpace:
				i++
			case classWord:
				var t token
				t, i = scanWord(text, i, end)
				toks = append(toks, t)
			default:
				toks = append(toks, token{start: i, end: i + 1, punct: c})
				i++
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:end])
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			var t token
			t, i = scanWord(text, i, end)
			toks = append(toks, t)
		case unicode.IsSpace(r):
			i += n
		default:
			toks = append(toks, token{start: i, end: i + n, punct: punctOf(r)})
			i += n
		}
	}
	return toks
}

const (
	classPunct = iota
	classSpace
	classWord
)

// asciiClass sorts ASCII bytes into spaces, word bytes and punctuation.
var asciiClass = func() (t [128]uint8) {
	for c := 0; c < 128; c++ {
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			t[c] = classSpace
		case isASCIIWord(byte(c)):
			t[c] = classWord
		}
	}
	return t
}()

// punctOf maps typographic marks to the ASCII mark they stand for.
func punctOf(r rune) byte {
	switch r {
	case '“', '”', '„', '«', '»':
		return '"'
	case '‘', '’', '‚':
		return '\''
	case '–', '—', '‒', '―', '−':
		return '-'
	case '…':
		return '.'
	case '•', '·':
		return '*'
	}
	return '?'
}

func isASCIIWord(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// wordRune decodes the rune at i and reports whether it is part of a word.
func wordRune(text string, i, end int) (rune, int, bool) {
	c := text[i]
	if c < utf8.RuneSelf {
		return rune(c), 1, isASCIIWord(c)
	}
	r, n := utf8.DecodeRuneInString(text[i:end])
	return r, n, unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// apostropheAt reports the byte length of an apostrophe at i, or 0.
func apostropheAt(text string, i, end int) int {
	if text[i] == '\'' {
		return 1
	}
	if i+3 <= end && text[i] == 0xE2 && text[i+1] == 0x80 && text[i+2] == 0x99 { // ’
		return 3
	}
	return 0
}

// asciiWord marks the ASCII bytes that are part of words.
var asciiWord = func() (t [256]bool) {
	for c := 0; c < 128; c++ {
		t[c] = isASCIIWord(byte(c))
	}
	return t
}()

// scanWord reads one word starting at i: letters and digits joined by
// hyphens and apostrophes, and dotted initials ("U.S."). ASCII runs are
// read by table lookup; other text rune by rune.
func scanWord(text string, i, end int) (token, int) {
	t := token{start: i, flags: tWord}
	if c := text[i]; c < utf8.RuneSelf {
		if c >= 'A' && c <= 'Z' {
			t.flags |= tCap
		} else if c >= '0' && c <= '9' {
			t.flags |= tDigit
		}
	} else if r, _, _ := wordRune(text, i, end); unicode.IsUpper(r) {
		t.flags |= tCap
	} else if unicode.IsDigit(r) {
		t.flags |= tDigit
	}
	seg := i // start of the current run of letters between joiners
	for i < end {
		c := text[i]
		if asciiWord[c] {
			i++
			continue
		}
		if c >= utf8.RuneSelf {
			if _, n, ok := wordRune(text, i, end); ok {
				i += n
				continue
			}
		}
		if c == '-' && i+1 < end && nextIsWord(text, i+1, end) {
			t.flags |= tHyphen
			i++
			seg = i
			continue
		}
		if a := apostropheAt(text, i, end); a > 0 {
			j := i + a
			// "Brody’s", "Russians’": a possessive ending closes the word,
			// as it does dotted initials ("the U.K.’s regulator").
			if j < end && (text[j] == 's' || text[j] == 'S') && (j+1 >= end || !nextIsWord(text, j+1, end)) && (i-seg > 1 || t.is(tInitial) && i == seg) {
				t.end = i
				t.flags |= tPoss
				return finish(t, text), j + 1
			}
			if j < end && nextIsWord(text, j, end) {
				i = j
				seg = i
				continue
			}
			if i-seg > 1 && (text[i-1] == 's' || text[i-1] == 'S') {
				t.end = i
				t.flags |= tPoss
				return finish(t, text), j
			}
			break
		}
		// "St. Joe Beach", "Mt. Everest", "Ft. Myers": the abbreviation
		// before a place's name is a word of the name, not a sentence's end.
		if c == '.' && seg == t.start && placeAbbreviation[text[seg:i]] && nameFollows(text, i+1, end) {
			i++
			break
		}
		// Dotted initials: a single capital followed by a dot, then
		// another capital and a dot ("U.S.", "D.C.").
		if c == '.' && i-seg == 1 && text[seg] >= 'A' && text[seg] <= 'Z' && (t.is(tInitial) || initialFollows(text, i+1, end) ||
			seg == t.start && nameFollows(text, i+1, end)) {
			t.flags |= tInitial
			i++
			seg = i
			if i < end && text[i] == '-' && i+1 < end && nextIsWord(text, i+1, end) {
				t.flags |= tHyphen
				i++
				seg = i
			}
			continue
		}
		break
	}
	t.end = i
	return finish(t, text), i
}

// placeAbbreviation are the abbreviations that open places' names.
var placeAbbreviation = map[string]bool{"St": true, "Ste": true, "Mt": true, "Ft": true}

// finish marks a capitalised word written in capitals throughout.
func finish(t token, text string) token {
	if t.flags&tCap == 0 {
		return t
	}
	letters := 0
	w := text[t.start:t.end]
	ascii := true
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		if c >= 'a' && c <= 'z' {
			return t
		}
		if c >= 'A' && c <= 'Z' {
			letters++
		}
	}
	if ascii {
		if letters >= 2 {
			t.flags |= tUpper
		}
		return t
	}
	letters = 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return t
			}
			letters++
		}
	}
	if letters >= 2 {
		t.flags |= tUpper
	}
	return t
}

func nextIsWord(text string, i, end int) bool {
	if i >= end {
		return false
	}
	_, _, ok := wordRune(text, i, end)
	return ok
}

// nameFollows reports whether a space and a capitalised word follow at i:
// a single capital and its dot inside a sentence is then the initial of
// a name ("George W. Bush", "H. Dale Hall"), which the sentence's end
// would not have inside it.
func nameFollows(text string, i, end int) bool {
	return i+2 < end && text[i] == ' ' && text[i+1] >= 'A' && text[i+1] <= 'Z' && text[i+2] >= 'a' && text[i+2] <= 'z'
}

// initialFollows reports whether text at i is a capital letter and a dot.
func initialFollows(text string, i, end int) bool {
	return i+1 < end && text[i] >= 'A' && text[i] <= 'Z' && text[i+1] == '.'
}
