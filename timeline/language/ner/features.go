package ner

import (
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/timeline/language/perceptron"
)

// word holds what the features need of one word, hashed once per
// sentence.
type word struct {
	form, lower, shape, pre, suf, suf4 uint64
	wn                                 uint64 // WordNet noun class (wnClass)
	upos, xpos                         uint64
	caps                               uint8  // capsLower, capsInit…
	ratio                              uint8  // how often the word is capitalised in running text: ratioUnseen…
	gaz                                uint8  // gazetteer class*2 (+1 inside an entry), 0 for none
	initial                            bool   // first word of the sentence, bar opening punctuation
	style                              uint8  // the sentence's case: styleNormal…
	run                                uint8  // place in a run of capitalised words: runNone…, and its length
	runCue                             uint8  // gazetteer classes of the run's first and last words
	keyOwn, keyNear                    uint64 // what the cache keeps the scores of word groups under
}

// Places in a run of capitalised words.
const (
	runNone = iota
	runBegin
	runInside
	runLast
	runUnit
)

// Sentence case styles: much web text is all lower case, all capitals or
// Title Case, where capitals say little.
const (
	styleNormal = iota
	styleLower
	styleUpper
	styleTitle
)

const (
	capsLower = iota
	capsInit
	capsAll
	capsMixed
	capsNone // no letter
)

// Ratio buckets of the fraction of a word's occurrences, away from the
// start of a sentence, that are capitalised.
const (
	ratioUnseen = iota
	ratioNever  // < 10%
	ratioSome   // < 50%
	ratioMostly // < 90%
	ratioAlways
)

// Feature templates. Their numbers are part of the model.
const (
	tBias = iota
	tLower
	tForm
	tSuffix
	tPrefix
	tShape
	tShapeInitial
	tXPOS
	tXPOSm1
	tXPOSp1
	tXPOSm2
	tXPOSp2
	tLowerm1
	tLowerp1
	tLowerm2
	tLowerp2
	tShapem1
	tShapep1
	tCaps
	tGaz
	tGazm1
	tGazp1
	tXPOSBigram
	tLowerBigram
	tUPOSm1
	tUPOSCaps
	tXPOSShape
	tStyle
	tRun
	tRunShape
	tSuffix4
	tTrans
	tTransCaps
	tWN
	tWNm1
	tWNp1
	nTemplates
)

var templates = func() (t [nTemplates]perceptron.Feature) {
	for i := range t {
		t[i] = perceptron.Template(i)
	}
	return t
}()

// boundary stands for the words before the first and after the last.
var boundary = func() word {
	w := word{form: 1, lower: 1, shape: 1, upos: 1, xpos: 1, caps: capsNone}
	w.cacheKeys()
	return w
}()

// The features of a word fall in groups by the words they read, so that
// a Recognizer can cache the scores of all but the last group per word:
// the word's own features, those of a neighbour at each of four offsets,
// and a few pairs of words, which are scored every time.
const (
	gOwn    = iota
	gPrev   // the word before
	gNext   // the word after
	gPrev2  // two before
	gNext2  // two after
	nCached // the groups above are cached
)

// features appends the features of word i of ws to fs. Labels enter
// only through the transition weights.
func features(fs []perceptron.Feature, ws []word, i int) []perceptron.Feature {
	fs = ownFeatures(fs, &ws[i])
	fs = neighbourFeatures(fs, at(ws, i-1), gPrev)
	fs = neighbourFeatures(fs, at(ws, i+1), gNext)
	fs = neighbourFeatures(fs, at(ws, i-2), gPrev2)
	fs = neighbourFeatures(fs, at(ws, i+2), gNext2)
	return pairFeatures(fs, ws, i)
}

// ownFeatures appends the features that read word w alone.
func ownFeatures(fs []perceptron.Feature, w *word) []perceptron.Feature {
	init := 0
	if w.initial {
		init = 1
	}
	capsRatio := int(w.caps)<<8 | int(w.ratio)<<1 | init
	t := &templates
	return append(fs,
		t[tBias],
		t[tLower].Int(int(w.lower)),
		t[tForm].Int(int(w.form)),
		t[tSuffix].Int(int(w.suf)),
		t[tPrefix].Int(int(w.pre)),
		t[tShape].Int(int(w.shape)),
		t[tShapeInitial].Int(int(w.shape)).Int(init),
		t[tXPOS].Int(int(w.xpos)),
		t[tCaps].Int(capsRatio),
		t[tGaz].Int(int(w.gaz)<<4|int(w.caps)),
		t[tUPOSCaps].Int(int(w.upos)).Int(capsRatio),
		t[tXPOSShape].Int(int(w.xpos)).Int(int(w.shape)),
		t[tStyle].Int(int(w.style)<<16|capsRatio),
		t[tRun].Int(int(w.run)<<8|int(w.runCue)),
		t[tRunShape].Int(int(w.run)).Int(int(w.shape)).Int(int(w.ratio)),
		t[tSuffix4].Int(int(w.suf4)),
		t[tWN].Int(int(w.wn)).Int(int(w.caps)),
	)
}

// neighbourFeatures appends the features that read the neighbour n of a
// word, in group g.
func neighbourFeatures(fs []perceptron.Feature, n *word, g int) []perceptron.Feature {
	t := &templates
	switch g {
	case gPrev:
		return append(fs, t[tXPOSm1].Int(int(n.xpos)), t[tLowerm1].Int(int(n.lower)), t[tShapem1].Int(int(n.shape)), t[tGazm1].Int(int(n.gaz)<<4|int(n.caps)), t[tWNm1].Int(int(n.wn)))
	case gNext:
		return append(fs, t[tXPOSp1].Int(int(n.xpos)), t[tLowerp1].Int(int(n.lower)), t[tShapep1].Int(int(n.shape)), t[tGazp1].Int(int(n.gaz)<<4|int(n.caps)), t[tWNp1].Int(int(n.wn)))
	case gPrev2:
		return append(fs, t[tXPOSm2].Int(int(n.xpos)), t[tLowerm2].Int(int(n.lower)))
	default:
		return append(fs, t[tXPOSp2].Int(int(n.xpos)), t[tLowerp2].Int(int(n.lower)))
	}
}

// pairFeatures appends the features that read word i with a neighbour.
func pairFeatures(fs []perceptron.Feature, ws []word, i int) []perceptron.Feature {
	w, m1, n1 := &ws[i], at(ws, i-1), at(ws, i+1)
	t := &templates
	return append(fs,
		t[tXPOSBigram].Int(int(w.xpos)).Int(int(n1.xpos)),
		t[tLowerBigram].Int(int(m1.lower)).Int(int(w.lower)),
		t[tUPOSm1].Int(int(m1.upos)).Int(int(w.upos)),
	)
}

// cacheKeys sets the keys under which a Recognizer caches the scores of
// w's feature groups: everything the group reads of w.
func (w *word) cacheKeys() {
	own := perceptron.Template(-1).Int(int(w.form)).Int(int(w.xpos)).Int(int(w.upos)).
		Int(int(w.gaz) | int(w.run)<<8 | int(w.runCue)<<16 | int(w.style)<<24)
	if w.initial {
		own = own.Int(1)
	}
	w.keyOwn = uint64(own)
	w.keyNear = uint64(perceptron.Template(-2).Int(int(w.form)).Int(int(w.xpos)).Int(int(w.gaz)))
}

func at(ws []word, i int) *word {
	if i < 0 || i >= len(ws) {
		return &boundary
	}
	return &ws[i]
}

// describe fills ws with the hashed description of words, using buf as
// scratch; it returns both for reuse.
func (m *Model) describe(ws []word, words, upos, xpos []string, buf []byte) ([]word, []byte) {
	ws = ws[:0]
	initial := true
	for i, f := range words {
		var w word
		w.form = hashString(f)
		buf = appendLower(buf[:0], f)
		w.lower = hashBytes(buf)
		w.pre = hashBytes(buf[:min(3, len(buf))])
		w.suf = hashBytes(buf[max(0, len(buf)-3):])
		w.suf4 = hashBytes(buf[max(0, len(buf)-4):])
		w.wn = wnClass(buf)
		w.upos, w.xpos = hashString(tag(upos, i)), hashString(tag(xpos, i))
		var shape [8]byte
		w.shape, w.caps = shapeOf(f, shape[:0])
		w.ratio = m.ratio(w.lower)
		w.initial = initial
		if w.caps != capsNone {
			initial = false
		}
		ws = append(ws, w)
	}
	lex.mark(ws)
	style := sentenceStyle(ws)
	for i := range ws {
		ws[i].style = style
	}
	runs(ws)
	for i := range ws {
		ws[i].cacheKeys()
	}
	return ws, buf
}

func tag(tags []string, i int) string {
	if i < len(tags) {
		return tags[i]
	}
	return ""
}

// shapeOf returns the hash of w's shape ("Xx", "X.X.", "dd-dd": letters
// as X or x, digits as d, runs of one kind written once, at most eight
// characters) and its capitalisation pattern.
func shapeOf(w string, shape []byte) (uint64, uint8) {
	upper, lower := 0, 0
	first := true
	caps := uint8(capsNone)
	for _, r := range w {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
			upper++
		case unicode.IsLower(r):
			c = 'x'
			lower++
		case unicode.IsDigit(r):
			c = 'd'
		case r < utf8.RuneSelf:
			c = byte(r)
		default:
			c = '*'
		}
		if first && c == 'X' {
			caps = capsInit
		}
		first = false
		if len(shape) > 0 && shape[len(shape)-1] == c {
			continue
		}
		if len(shape) < cap(shape) {
			shape = append(shape, c)
		}
	}
	switch {
	case upper > 0 && lower == 0:
		caps = capsAll
	case caps == capsInit && upper > 1:
		caps = capsMixed
	case upper == 0 && lower > 0:
		caps = capsLower
	case upper > 0 && caps != capsInit:
		caps = capsMixed
	}
	return hashBytes(shape), caps
}

// mark sets the gazetteer class of each word of ws, longest entry first.
func (l *lexicon) mark(ws []word) {
	for i := 0; i < len(ws); {
		n := 0
		var class uint8
		for _, e := range l.first[ws[i].lower] {
			if len(e.words) <= len(ws)-i && matches(ws[i:], e) {
				n, class = len(e.words), e.class
				break
			}
		}
		if n == 0 {
			i++
			continue
		}
		for j := range n {
			ws[i+j].gaz = class * 2
			if j > 0 {
				ws[i+j].gaz++
			}
		}
		i += n
	}
}

func matches(ws []word, e gazEntry) bool {
	for j, h := range e.words {
		if ws[j].lower != h || (e.caps && ws[j].caps != capsAll && ws[j].caps != capsNone) {
			return false
		}
	}
	return true
}

// sentenceStyle tells the case style of a sentence from its words'
// capitalisation.
func sentenceStyle(ws []word) uint8 {
	var n [capsNone + 1]int
	for _, w := range ws {
		n[w.caps]++
	}
	letters := len(ws) - n[capsNone]
	switch {
	case letters < 3:
		return styleNormal
	case n[capsAll]*2 > letters:
		return styleUpper
	case n[capsInit]+n[capsAll] <= 1 && n[capsLower] > 0:
		return styleLower
	case (n[capsInit]+n[capsMixed])*10 > letters*7:
		return styleTitle
	}
	return styleNormal
}

// runs marks the runs of capitalised words: each word's place in its run,
// the run's length (up to 4) and the gazetteer classes of its first and
// last words, so that "Carr" in "Carr Futures" knows that its name ends
// on a word that often ends company names.
func runs(ws []word) {
	for i := 0; i < len(ws); {
		if ws[i].caps != capsInit && ws[i].caps != capsAll && ws[i].caps != capsMixed {
			i++
			continue
		}
		j := i + 1
		for j < len(ws) && (ws[j].caps == capsInit || ws[j].caps == capsAll || ws[j].caps == capsMixed) {
			j++
		}
		cue := ws[i].gaz>>1<<4 | ws[j-1].gaz>>1
		n := uint8(min(j-i, 4))
		for k := i; k < j; k++ {
			place := uint8(runInside)
			switch {
			case j-i == 1:
				place = runUnit
			case k == i:
				place = runBegin
			case k == j-1:
				place = runLast
			}
			ws[k].run, ws[k].runCue = place<<3|n, cue
		}
		i = j
	}
}
