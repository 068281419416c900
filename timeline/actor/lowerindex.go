package actor

import (
	"hash/maphash"
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
// none, and may be reset for the next document, keeping its table.
//
// The words are kept as their places in the text, in a table of open
// addressing sized from the text's length: a map of the words, grown
// word by word, allocated 76 MB on the benchmark corpus (2,002 articles,
// 8.6 MB), a third of what the actors were found with.
type lowerIndex struct {
	text  string
	built bool
	spans []uint64 // a word's start<<32 | end in text; 0: empty
	n     int      // spans held
}

// newLowerIndex returns the index of text, built when first asked.
func newLowerIndex(text string) *lowerIndex {
	return &lowerIndex{text: text}
}

// reset makes x the index of text, emptying it of the last document's
// words.
func (x *lowerIndex) reset(text string) {
	clear(x.spans)
	x.text, x.built, x.n = text, false, 0
}

// bytesPerWord is about how many bytes of text hold one run of word
// runes: English words average under five letters, and a space or a
// mark of punctuation follows each.
const bytesPerWord = 6

// build indexes the word runs of the text.
func (x *lowerIndex) build() {
	x.built = true
	text := x.text
	// Room for twice the words the text is likely to hold, so that the
	// table is seldom grown and its probes are short.
	want := 4
	for want < 2*len(text)/bytesPerWord {
		want *= 2
	}
	if len(x.spans) < want {
		x.spans = make([]uint64, want)
	}
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
			x.insert(start, i)
			for _, c := range cuts {
				if c < i {
					x.insert(c, i)
				}
			}
			start = -1
		}
		i += n
	}
}

// lowerSeed seeds the hash of the words: any seed gives the same
// answers.
var lowerSeed = maphash.MakeSeed()

// slot is where the probe for w starts in a table of n slots (a power
// of two).
func slot(w string, n int) int { return int(maphash.String(lowerSeed, w) & uint64(n-1)) }

// word is the text of a span of the table.
func (x *lowerIndex) word(span uint64) string { return x.text[span>>32 : uint32(span)] }

// insert adds the word text[start:end], unless it is there already.
func (x *lowerIndex) insert(start, end int) {
	if 2*(x.n+1) > len(x.spans) {
		x.grow()
	}
	w := x.text[start:end]
	mask := len(x.spans) - 1
	i := slot(w, len(x.spans))
	for ; x.spans[i] != 0; i = (i + 1) & mask {
		if x.word(x.spans[i]) == w {
			return
		}
	}
	x.spans[i] = uint64(start)<<32 | uint64(end)
	x.n++
}

// grow doubles the table, keeping its words.
func (x *lowerIndex) grow() {
	old := x.spans
	x.spans = make([]uint64, 2*len(old))
	mask := len(x.spans) - 1
	for _, span := range old {
		if span == 0 {
			continue
		}
		i := slot(x.word(span), len(x.spans))
		for x.spans[i] != 0 {
			i = (i + 1) & mask
		}
		x.spans[i] = span
	}
}

// holds reports whether the text has the word w as a run or a run's tail.
func (x *lowerIndex) holds(w string) bool {
	if x.n == 0 {
		return false
	}
	mask := len(x.spans) - 1
	for i := slot(w, len(x.spans)); x.spans[i] != 0; i = (i + 1) & mask {
		if x.word(x.spans[i]) == w {
			return true
		}
	}
	return false
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
	return x.holds(string(lw))
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
