package temporal

import (
	"math/bits"
	"unicode/utf8"
)

type tokenKind uint8

const (
	tWord tokenKind = iota + 1
	tNum
	tPunct
)

// token is one word, number or punctuation mark of the text. The lexicon
// entry of a word is looked up once, when the text is split.
type token struct {
	start, end int32
	num        int32 // value of a number token
	kind       tokenKind
	ndig       uint8 // digits of a number token
	glued      bool  // no space between this token and the previous one
	newline    bool  // a line break before this token
	upper      bool  // a word that starts with a capital letter
	punct      byte  // the byte of a one-byte punctuation token
	cand       uint8 // 1 when an expression may start here (see candidates)
	lex        lexEntry
}

// number is the value of a number token.
func (t *token) number() int { return int(t.num) }

// scanState is where tokenize stopped: the next byte to read, and whether
// the next token is glued to the last one or starts a line.
type scanState struct {
	pos            int
	glued, newline bool
}

// tokenize splits text[st.pos:] into tokens, appending to toks, and
// records in st where it stopped. The caller may cut the text short
// before any ASCII byte but a letter or a digit, where no token is cut:
// the next call, on more of the text, goes on as if it had never stopped.
func tokenize(text string, st *scanState, toks []token) []token {
	i, glued, newline := st.pos, st.glued, st.newline
	for i < len(text) {
		c := text[i]
		cls := byteClass[c]
		if cls == bSpace {
			glued = false
			i++
			continue
		}
		switch cls {
		case bNewline:
			newline, glued = true, false
			i++
			continue
		case bLetter:
			// find the word's end and pack its lower-cased letters into the
			// lexicon's key: eight bytes at a time where the text allows
			j, key := wordEnd(text, i)
			var lex lexEntry
			switch n := j - i; {
			case n <= maxShort:
				lex = lexTab.lookupShort(key)
			case n <= maxWordLen:
				lex = lexTab.lookup(text[i:j])
			}
			toks = append(toks, token{start: int32(i), end: int32(j), kind: tWord, glued: glued, newline: newline, upper: c <= 'Z', cand: startsPhrase[lex.cls], lex: lex})
			i = j
		case bDigit:
			toks, i = appendNumber(text, i, toks, glued, newline)
		default:
			if c < utf8.RuneSelf {
				if c == '%' && glued && len(toks) > 0 {
					toks[len(toks)-1].cand = 0 // "50%" is no time
				}
				toks = append(toks, token{start: int32(i), end: int32(i + 1), kind: tPunct, punct: c, glued: glued, newline: newline, cand: apostrophe[c]})
				i++
				break
			}
			toks, i = appendRune(text, i, toks, glued, newline)
		}
		glued, newline = true, false
	}
	st.pos, st.glued, st.newline = i, glued, newline
	return toks
}

// appendNumber appends the number token at i and returns the index after
// it. The rarer kinds of token are read outside tokenize's loop, which
// stays small enough for its variables to live in registers.
func appendNumber(text string, i int, toks []token, glued, newline bool) ([]token, int) {
	j, v := i, 0
	for j < len(text) && byteClass[text[j]] == bDigit {
		if j-i < 9 {
			v = v*10 + int(text[j]-'0')
		}
		j++
	}
	nd := min(j-i, 255)
	return append(toks, token{start: int32(i), end: int32(j), kind: tNum, num: int32(v), ndig: uint8(nd), glued: glued, newline: newline, cand: numberCand(toks, glued)}), j
}

// appendRune appends the token of the non-ASCII character at i; curly
// apostrophes and dashes read as their ASCII marks.
func appendRune(text string, i int, toks []token, glued, newline bool) ([]token, int) {
	_, size := utf8.DecodeRuneInString(text[i:])
	t := token{start: int32(i), end: int32(i + size), kind: tPunct, glued: glued, newline: newline}
	switch text[i : i+size] {
	case "\u2019", "\u2018":
		t.punct, t.cand = '\'', 1
	case "\u2013", "\u2014":
		t.punct = '-'
	}
	return append(toks, t), i + size
}

func isLetter(c byte) bool { return byteClass[c] == bLetter }

// maxWordLen is the longest word looked up in the lexicon.
const maxWordLen = 24

// lowerLetter maps an ASCII letter to its lower case and any other byte to 0.
var lowerLetter = func() (t [256]byte) {
	for c := byte('a'); c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = c, c
	}
	return t
}()

// Byte classes for the tokenizer's dispatch.
const (
	bOther = iota
	bSpace
	bNewline
	bLetter
	bDigit
)

var byteClass = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = bLetter, bLetter
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = bDigit
	}
	t[' '], t['\t'], t['\r'], t['\n'] = bSpace, bSpace, bSpace, bNewline
	return t
}()

// wordEnd returns the end of the word of letters that starts at i, and the
// key of its first eight letters lower-cased (packWord's order). Eight
// bytes are classified at once, without a branch per letter: words end at
// unpredictable places, and a mispredicted branch per word costs more than
// the arithmetic.
func wordEnd(text string, i int) (int, uint64) {
	if i+8 > len(text) {
		var key uint64
		j := i
		for ; j < len(text); j++ {
			b := lowerLetter[text[j]]
			if b == 0 {
				break
			}
			if j-i < maxShort {
				key |= uint64(b) << (8 * (j - i))
			}
		}
		return j, key
	}
	s := text[i : i+8]
	x := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	lower := x | 0x20*ones
	t := lower &^ highs
	// per byte, the high bit of t+0x1f says t >= 'a', of t+0x05 that t > 'z'
	letters := (t + 0x1f*ones) &^ (t + 0x05*ones) &^ x & highs
	if other := ^letters & highs; other != 0 {
		n := bits.TrailingZeros64(other) / 8
		return i + n, lower & (1<<(8*n) - 1)
	}
	j := i + 8
	for j < len(text) && lowerLetter[text[j]] != 0 {
		j++
	}
	return j, lower
}

// numberCand says whether a number glued (or not) to the last of toks
// may start an expression: not an amount of money ("$4") nor the decimals
// of one ("4.5"), a third of the numbers of a business text.
func numberCand(toks []token, glued bool) uint8 {
	n := len(toks)
	if !glued || n == 0 || toks[n-1].kind != tPunct {
		return 1
	}
	switch toks[n-1].punct {
	case '$':
		return 0
	case '.':
		if n > 1 && toks[n-2].kind == tNum && toks[n-1].glued {
			return 0
		}
	}
	return 1
}

// apostrophe marks the byte that may start an expression ("'80s").
var apostrophe = [256]uint8{'\'': 1}

// candidates returns the indices of the tokens an expression may start
// at, in order, reusing buf: a tenth of a text's tokens, found without a
// branch per token, so that the rules skip the rest without asking.
func candidates(toks []token, buf []int32) []int32 {
	if cap(buf) < len(toks) {
		buf = make([]int32, len(toks))
	}
	buf = buf[:len(toks)]
	n := 0
	for i := range toks {
		buf[n] = int32(i)
		n += int(toks[i].cand)
	}
	return buf[:n]
}
