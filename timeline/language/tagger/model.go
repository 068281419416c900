package tagger

import (
	"math"

	"github.com/storyline/storyline/timeline/language/perceptron"
)

// Analysis is what the tagger says of one word. Its strings belong to the
// model, so that a known word costs no allocation.
type Analysis struct{ UPOS, XPOS, Lemma, Feats string }

// Model is a trained tagger: the perceptron that chooses each word's joint
// UPOS+XPOS class, the one that chooses among the morphological features a
// word's form allows, and the lexicon of the training words. It is
// read-only, so one Model serves any number of goroutines.
type Model struct {
	classes []Analysis // UPOS and XPOS of each class
	nominal []bool     // the classes that can be a subject
	closed  []bool     // the classes of closed word classes: auxiliaries, determiners, pronouns, adpositions, conjunctions, particles
	feats   []string   // the FEATS values, "_" first
	// classFeats[c] lists the FEATS ids seen with class c, most frequent
	// first: the candidates for a word the lexicon lacks.
	classFeats [][]uint16
	tags       *perceptron.Table
	tags2      *perceptron.Table // the second pass, which sees the first's tags on the right; nil if none
	morph      *perceptron.Table
	lex        lexicon
	lem        lemmatizer
	// unsure is the margin of the first pass's scores below which the
	// second pass tags a word again.
	unsure int32
	// past, prep, noun, plural, bare, adjective and proper are the
	// classes the repairs retag to (repair.go): a past verb, a
	// preposition, a singular and a plural noun, a bare verb, an
	// adjective, a name, as class + 1, 0 when the model has none.
	past, prep, noun, plural, bare, adjective, proper int32
	third                                             int32 // a verb's third person singular present, VBZ
	// participle is the class of a past participle.
	participle int32
	// nameAdjective is the class of an adjective in a name ("United"
	// in "United Nations"), ADJ NNP.
	nameAdjective int32
	// infinitive is the class of an infinitive's "to".
	infinitive int32
	// cardinal is the class of a cardinal number.
	cardinal int32
	// rows holds, for each frequent word of the exact lexicon that the
	// tag dictionary does not settle, the scores of its wordFeatures and
	// spellingFeatures (out of first place) in the first pass: one read
	// in a row instead of a dozen lookups all over the weights (rows.go).
	rows  []int16 // row r from r*classes, each score less base[r]
	base  []int32
	wide  []int32 // the rows whose scores span more than an int16, whole
	rowOf []int32 // by entry: r, or -2-w for wide row w, or -1 for none
}

// secondMargin is unsure in the units of the trained weights: it sends
// about a tenth of the words to the second pass, which has almost all the
// gain of tagging every word twice.
const secondMargin = 20

// finish sets what is derived from the trained parts of m.
func (m *Model) finish() {
	m.buildRows()
	m.past, m.prep = int32(m.classOf("VERB", "VBD")+1), int32(m.classOf("ADP", "IN")+1)
	m.noun, m.plural = int32(m.classOf("NOUN", "NN")+1), int32(m.classOf("NOUN", "NNS")+1)
	m.bare = int32(m.classOf("VERB", "VB") + 1)
	m.third = int32(m.classOf("VERB", "VBZ") + 1)
	m.infinitive = int32(m.classOf("PART", "TO") + 1)
	m.cardinal = int32(m.classOf("NUM", "CD") + 1)
	m.adjective = int32(m.classOf("ADJ", "JJ") + 1)
	m.proper = int32(m.classOf("PROPN", "NNP") + 1)
	m.participle = int32(m.classOf("VERB", "VBN") + 1)
	m.nameAdjective = int32(m.classOf("ADJ", "NNP") + 1)
	m.closed = make([]bool, len(m.classes))
	for c, a := range m.classes {
		switch a.UPOS {
		case "AUX", "DET", "PRON", "ADP", "CCONJ", "SCONJ", "PART":
			m.closed[c] = true
		}
	}
	m.unsure = 0
	if sc := float64(m.tags.Scale()); sc > 0 && !math.IsInf(sc, 0) {
		m.unsure = int32(math.Min(secondMargin/sc, math.MaxInt32))
	}
}

// entry is a word of the lexicon, by exact form or lowercased.
type entry struct {
	tag         int16  // the class of a frequent unambiguous word, else -1
	amb         uint32 // the word's ambiguity class for the features, 0 if rare
	first, last uint32 // its readings
	// lower is, for an entry of the exact lexicon, the entry of its
	// lowercase form (-1: none), which saves a lookup. It is not stored.
	lower int32
}

// reading is one way a word was seen: class, features and lemma (the
// word's most frequent lemma for that class). A word's readings are
// grouped by class, most frequent class first, and within a class by
// frequency of the features.
type reading struct {
	class, feats uint16
	lemma        string
}

// lexicon holds the training words: by exact form, for the tag dictionary
// and the lemmas, and lowercased, for the ambiguity classes and for words
// seen in another case.
type lexicon struct {
	exact, lower map[string]uint32
	entries      []entry
	readings     []reading
}

// Tagger tags sentences with one Model. It reuses its buffers, so it is
// not safe for concurrent use: make one per goroutine.
type Tagger struct {
	m *Model
	// hash, cls, exact and lower are indexed by word + 2, so that the two
	// words of padding each side need no bounds checks.
	hash         []wordHash
	cls          []int32 // class + 1, 0 for the padding
	first        []int32 // the classes of the first pass, as cls
	margin       []int32 // by how much the first pass chose each class
	exact, lower []int32 // entry ids, -1 when unseen
	low          []byte
	words        []string // of a training sentence
	feats        []perceptron.Feature
	scores       []int32
	mscores      []int32
	// plain leaves the perceptrons' tags as they are: no closed-class
	// rule and no repairs (NewPlainTagger).
	plain bool
}

// NewTagger returns a Tagger of m.
func (m *Model) NewTagger() *Tagger {
	return &Tagger{m: m, scores: make([]int32, len(m.classes)), mscores: make([]int32, len(m.feats))}
}

// NewPlainTagger returns a Tagger of m that tags with the tag dictionary
// and the perceptrons alone, without the rules that correct them after
// (the closed classes a word was never seen in, the repairs). Training
// chooses its epochs, and the parser and the entity model learn, from
// these tags, so that the committed training command still makes the
// committed models after a repair is added or changed.
func (m *Model) NewPlainTagger() *Tagger {
	t := m.NewTagger()
	t.plain = true
	return t
}

// Tag appends the analysis of each word of a sentence to out and returns
// it. It allocates nothing for words seen in training once its buffers
// have grown; the lemma of an unseen word may be built.
func (t *Tagger) Tag(words []string, out []Analysis) []Analysis {
	t.prepare(words)
	n := len(words)
	for i := range n {
		c, margin := t.chooseClass(i, t.m.tags, false)
		t.cls[i+2], t.margin[i+2] = int32(c+1), margin
	}
	if t.m.tags2 != nil {
		// The second pass sees the first's tags right of each word. It
		// changes few, so only the words the first pass was unsure of
		// are tagged again.
		copy(t.first, t.cls)
		for i := range n {
			if t.margin[i+2] < t.m.unsure {
				c, _ := t.chooseClass(i, t.m.tags2, true)
				t.cls[i+2] = int32(c + 1)
			}
		}
	}
	if !t.plain {
		t.repair(words)
	}
	for i, w := range words {
		c := int(t.cls[i+2] - 1)
		a := t.m.classes[c]
		a.Feats = t.m.feats[t.chooseFeats(i, c)]
		a.Lemma = t.lemma(i, w, c)
		out = append(out, a)
	}
	return out
}

// chooseClass returns the class of word i, the words before it tagged by
// the same pass, and by how much its score beat the next class's.
func (t *Tagger) chooseClass(i int, pm *perceptron.Table, second bool) (int, int32) {
	if e := t.exact[i+2]; e >= 0 {
		if tag := t.m.lex.entries[e].tag; tag >= 0 {
			return int(tag), math.MaxInt32
		}
	}
	if !second && t.row(i) {
		t.feats = t.neighbourFeatures(t.feats[:0], i)
		pm.Add(t.feats, t.scores)
	} else {
		t.feats = t.tagFeatures(t.feats[:0], i)
		if second {
			t.feats = t.secondFeatures(t.feats, i)
		}
		pm.Score(t.feats, t.scores)
	}
	b, margin := best2(t.scores)
	if !t.plain && t.closedUnseen(i, b) {
		t.keepOutOfUnseenClosed(i)
		b, margin = best2(t.scores)
	}
	return b, margin
}

// closedUnseen reports whether class c is a closed class (an auxiliary,
// a determiner, a pronoun, a preposition, a conjunction, a particle) that
// training saw word i, but never in c: "He fled downtown Atlanta" had
// downtown a preposition, "Chargers wide receiver Vincent Jackson" wide
// one. A word training never saw, misspelt ("aboout") or new, may be
// anything.
func (t *Tagger) closedUnseen(i, c int) bool {
	return t.m.closed[c] && t.lower[i+2] >= 0 && !t.seenIn(i, c)
}

// keepOutOfUnseenClosed rules out for word i every closed class training
// never saw it in.
func (t *Tagger) keepOutOfUnseenClosed(i int) {
	for c := range t.scores {
		if t.closedUnseen(i, c) {
			t.scores[c] = math.MinInt32 / 2
		}
	}
}

// seenIn reports whether training saw word i in class c.
func (t *Tagger) seenIn(i, c int) bool {
	for _, e := range [2]int32{t.exact[i+2], t.lower[i+2]} {
		if e >= 0 && len(t.m.lex.ofClass(e, c)) > 0 {
			return true
		}
	}
	return false
}

// best2 returns the class of highest score (the lowest on ties, as
// perceptron.Best) and by how much it beats the next.
func best2(scores []int32) (int, int32) {
	b, top, next := 0, scores[0], int32(math.MinInt32)
	for c, s := range scores[1:] {
		if s > top {
			b, top, next = c+1, s, top
		} else if s > next {
			next = s
		}
	}
	if len(scores) == 1 {
		return 0, math.MaxInt32
	}
	return b, top - next
}

// candidates returns the readings that give word i of class c its
// possible features, or nil when the lexicon has none for that class.
func (t *Tagger) candidates(i, c int) []reading {
	for _, e := range [2]int32{t.exact[i+2], t.lower[i+2]} {
		if e < 0 {
			continue
		}
		if r := t.m.lex.ofClass(e, c); len(r) > 0 {
			return r
		}
	}
	return nil
}

// chooseFeats returns the FEATS id of word i of class c.
func (t *Tagger) chooseFeats(i, c int) int {
	rs := t.candidates(i, c)
	if len(rs) == 1 {
		return int(rs[0].feats)
	}
	cf := t.m.classFeats[c]
	if len(rs) == 0 && len(cf) <= 1 {
		if len(cf) == 0 {
			return 0
		}
		return int(cf[0])
	}
	t.feats = t.featsFeatures(t.feats[:0], i)
	t.m.morph.Score(t.feats, t.mscores)
	best, bestScore := -1, int32(0)
	consider := func(f int) {
		if best < 0 || t.mscores[f] > bestScore {
			best, bestScore = f, t.mscores[f]
		}
	}
	if len(rs) > 0 {
		for _, r := range rs {
			consider(int(r.feats))
		}
	} else {
		for _, f := range cf {
			consider(int(f))
		}
	}
	return best
}

// ofClass returns the readings of entry e of class c.
func (l *lexicon) ofClass(e int32, c int) []reading {
	en := &l.entries[e]
	rs := l.readings[en.first:en.last]
	for j := 0; j < len(rs); j++ {
		if int(rs[j].class) != c {
			continue
		}
		k := j + 1
		for k < len(rs) && int(rs[k].class) == c {
			k++
		}
		return rs[j:k]
	}
	return nil
}

// prepare hashes the words and looks them up in the lexicon.
func (t *Tagger) prepare(words []string) {
	n := len(words)
	t.hash = grow(t.hash, n+4)
	t.cls = grow(t.cls, n+4)
	t.first = grow(t.first, n+4)
	t.margin = grow(t.margin, n+4)
	t.exact = grow(t.exact, n+4)
	t.lower = grow(t.lower, n+4)
	pad := [4]uint64{hStart2, hStart, hEnd, hEnd2}
	for k, j := range [4]int{0, 1, n + 2, n + 3} {
		h := pad[k]
		t.hash[j] = wordHash{w: h, suf: [4]uint64{h, h, h, h}, pre: [3]uint64{h, h, h}, shape: h, flags: h, amb: h}
		t.cls[j], t.first[j], t.exact[j], t.lower[j] = 0, 0, -1, -1
	}
	lex := &t.m.lex
	for i, w := range words {
		t.low = appendLower(t.low[:0], w)
		h := &t.hash[i+2]
		hashWord(h, w, t.low, i == 0)
		t.cls[i+2] = 0
		t.exact[i+2], t.lower[i+2] = -1, -1
		h.amb = 0
		le := int32(-1)
		if e, ok := lex.exact[w]; ok {
			t.exact[i+2] = int32(e)
			le = lex.entries[e].lower
		} else if e, ok := lex.lower[string(t.low)]; ok {
			le = int32(e)
		}
		t.lower[i+2] = le
		if le >= 0 {
			h.amb = uint64(lex.entries[le].amb)
		} else {
			h.w = hUnknown
		}
		if h.amb == 0 {
			h.amb = wnClass(t.low)
		}
	}
}

// link sets the lower entry of each entry of the exact lexicon.
func (l *lexicon) link() {
	for e := range l.entries {
		l.entries[e].lower = -1
	}
	var low []byte
	for form, e := range l.exact {
		low = appendLower(low[:0], form)
		if le, ok := l.lower[string(low)]; ok {
			l.entries[e].lower = int32(le)
		}
	}
}

// appendLower appends s with its ASCII capitals made small.
func appendLower(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n, n+n/2)
	}
	return s[:n]
}
