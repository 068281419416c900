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
			// find the word's end; the lexicon hashes a few of its letters
			// and compares them all only when the hash is known
			j := i + 1
			for j < len(text) && lowerLetter[text[j]] != 0 {
				j++
			}
			t := token{start: int32(i), end: int32(j), kind: tWord, glued: glued, newline: newline, upper: c <= 'Z'}
			if j-i <= maxWordLen {
				t.lex = lexTab.lookup(text[i:j])
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
