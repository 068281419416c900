package actor

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// lowerIndex answers lowerIn for one document from one pass over its
// text, so that asking for every capitalised word of a long document
// costs as much as reading it once (lowerIn reads the whole text per
// word).
//
// It holds every run of word runes, and every tail of a run that starts
// right after a non-ASCII rune: lowerIn reads only the byte before a
// match, and the last byte of any non-ASCII rune is no ASCII letter, so
// a match may start there ("é" of "Québec" lets "bec" match). A word
// with a rune of no word (a hyphen, an apostrophe, a dot) is looked for
// in the text as lowerIn does.
//
// It is built on the first question, since most short documents ask
// none, and may be reset for the next document, keeping its map.
type lowerIndex struct {
	text  string
	built bool
	words map[string]struct{}
}

// newLowerIndex returns the index of text, built when first asked.
func newLowerIndex(text string) *lowerIndex {
	return &lowerIndex{text: text, words: map[string]struct{}{}}
}

// reset makes x the index of text, emptying it of the last document's
// words.
func (x *lowerIndex) reset(text string) {
	clear(x.words)
	x.text, x.built = text, false
}

// build indexes the word runs of the text.
func (x *lowerIndex) build() {
	x.built = true
	text := x.text
	start := -1
	var cuts []int // the rune starts in the current run after a non-ASCII rune
	for i := 0; i <= len(text); {
		word, n := false, 1
		if i < len(text) {
			_, n, word = wordRune(text, i, len(text))
		}
		if word {
			if start < 0 {
				start, cuts = i, cuts[:0]
			}
			if text[i] >= utf8.RuneSelf {
				cuts = append(cuts, i+n)
			}
			i += n
			continue
		}
		if start >= 0 {
			x.words[text[start:i]] = struct{}{}
			for _, c := range cuts {
				if c < i {
					x.words[text[c:i]] = struct{}{}
				}
			}
			start = -1
		}
		i += n
	}
}

// has reports what lowerIn(text, w) reports.
func (x *lowerIndex) has(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	lr := unicode.ToLower(r)
	if len(w) == 0 || !x.wordRunes(lr, w[n:]) {
		return lowerIn(x.text, w)
	}
	if !x.built {
		x.build()
	}
	var buf [64]byte
	lw := append(utf8.AppendRune(buf[:0], lr), w[n:]...)
	_, ok := x.words[string(lw)]
	return ok
}

// wordRunes reports whether first and every rune of rest are runes of a
// word, which a match of theirs can only be a run or a run's tail.
func (x *lowerIndex) wordRunes(first rune, rest string) bool {
	if first == utf8.RuneError || !(unicode.IsLetter(first) || unicode.IsDigit(first) || unicode.IsMark(first)) {
		return false
	}
	for i := 0; i < len(rest); {
		r, n, ok := wordRune(rest, i, len(rest))
		if !ok || r == utf8.RuneError {
			return false
		}
		i += n
	}
	return true
}

// lowerInText reports whether the word at i is written in lower case
// somewhere in the document: then its capital only opens a sentence.
func (s *sentence) lowerInText(i int) bool {
	if s.lowered == nil {
		return lowerIn(s.text, s.str(i))
	}
	return s.lowered.has(s.str(i))
}

// lowerIn reports whether text holds w with a lower-case first letter as
// a word of its own.
func lowerIn(text, w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	lw := string(unicode.ToLower(r)) + w[n:]
	for off := 0; ; {
		j := strings.Index(text[off:], lw)
		if j < 0 {
			return false
		}
		j += off
		if (j == 0 || !nextIsWord(text, j-1, j)) && !nextIsWord(text, j+len(lw), len(text)) {
			return true
		}
		off = j + len(lw)
	}
}
