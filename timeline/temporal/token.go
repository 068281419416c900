package temporal

import "unicode/utf8"

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
	lex        lexEntry
}

// number is the value of a number token.
func (t *token) number() int { return int(t.num) }

// tokenize splits text into tokens, appending to toks (reused between calls).
func tokenize(text string, toks []token) []token {
	var lower [24]byte
	glued, newline := false, true
	for i := 0; i < len(text); {
		c := text[i]
		switch byteClass[c] {
		case bNewline:
			newline, glued = true, false
			i++
			continue
		case bSpace:
			glued = false
			i++
			continue
		case bLetter:
			// one pass: find the word's end, lower it and hash it
			j, h := i, uint32(fnvOffset)
			for j < len(text) && byteClass[text[j]] == bLetter {
				b := text[j] | 0x20
				if k := j - i; k < len(lower) {
					lower[k] = b
				}
				h = (h ^ uint32(b)) * fnvPrime
				j++
			}
			t := token{start: int32(i), end: int32(j), kind: tWord, glued: glued, newline: newline, upper: c >= 'A' && c <= 'Z'}
			if n := j - i; n <= len(lower) {
				t.lex = lexTab.lookup(lower[:n], h)
			}
			toks = append(toks, t)
			i = j
		case bDigit:
			j, v := i, 0
			for j < len(text) && byteClass[text[j]] == bDigit {
				if j-i < 9 {
					v = v*10 + int(text[j]-'0')
				}
				j++
			}
			nd := j - i
			if nd > 255 {
				nd = 255
			}
			toks = append(toks, token{start: int32(i), end: int32(j), kind: tNum, num: int32(v), ndig: uint8(nd), glued: glued, newline: newline})
			i = j
		default:
			if c < utf8.RuneSelf {
				toks = append(toks, token{start: int32(i), end: int32(i + 1), kind: tPunct, punct: c, glued: glued, newline: newline})
				i++
				break
			}
			_, size := utf8.DecodeRuneInString(text[i:])
			t := token{start: int32(i), end: int32(i + size), kind: tPunct, glued: glued, newline: newline}
			if text[i:i+size] == "\u2019" || text[i:i+size] == "\u2018" {
				t.punct = '\''
			} else if text[i:i+size] == "\u2013" || text[i:i+size] == "\u2014" {
				t.punct = '-'
			}
			toks = append(toks, t)
			i += size
		}
		glued, newline = true, false
	}
	return toks
}

func isLetter(c byte) bool { return byteClass[c] == bLetter }

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
