package language

import (
	"hash/maphash"
	"slices"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/language/tagger"
	"github.com/storyline/storyline/timeline/language/tokenize"
)

// Tagging is the tags of some sentences of a document as one analysis
// made them, for a later analysis of the same sentences to read instead
// of tagging them again. The pipeline tags the sentences with names for
// the entity recogniser, then every sentence to parse it; the tagger
// reads a sentence's words alone, so the tags are the same either time
// (a tenth of the analysis's time on the benchmark corpus).
//
// A word's tags and features are one of the few sets the document's
// words have (kinds), so that each word keeps an index and its lemma, 18
// bytes, not the 64 of a tagger.Analysis: kept for the whole corpus
// from the recogniser's pass to the parse, the Analyses raised the run's
// peak RSS on bench2000 by 10 MB.
type Tagging struct {
	pieces []taggedPiece
	kinds  []tagKind
	kind   []uint16 // per word, its tags' index in kinds
	lemmas []string // per word
}

// maxKinds bounds the kinds of tags a Tagging holds, kindSlots the
// table that finds them (at most three quarters full).
const (
	maxKinds  = 384
	kindSlots = 512
)

// tagKind is what a word's tagger.Analysis holds but its lemma.
type tagKind struct{ upos, xpos, feats string }

// taggedPiece is where one sentence's words lie in the text and in
// Tagging's lists.
type taggedPiece struct {
	start, end int   // of its first and last word in the text
	words      int32 // how many
	first      int32 // the index of its first word in Tagging's lists
}

// KeepTags returns the tags of sents, an analysis by an Analyzer without
// a parser (whose repairs change tags), or nil when sents has no word or
// more kinds of tags than a Tagging holds (maxKinds).
func KeepTags(sents []Sentence) *Tagging {
	n := 0
	for _, s := range sents {
		n += len(s.Words)
	}
	if n == 0 {
		return nil
	}
	t := &Tagging{pieces: make([]taggedPiece, 0, len(sents)), kind: make([]uint16, 0, n), lemmas: make([]string, 0, n)}
	// The kinds are found through a table on the stack and copied out
	// at their count: a map and a growing list of them per document
	// allocated more than the words' indexes and lemmas.
	var kinds [maxKinds]tagKind
	var slots [kindSlots]uint16 // a kind's index + 1, by its hash
	nk := 0
	seed := maphash.MakeSeed()
	for _, s := range sents {
		if len(s.Words) == 0 {
			continue
		}
		t.pieces = append(t.pieces, taggedPiece{start: s.Words[0].Start, end: s.Words[len(s.Words)-1].End,
			words: int32(len(s.Words)), first: int32(len(t.kind))})
		for _, w := range s.Words {
			k := tagKind{w.UPOS, w.XPOS, w.Feats}
			j := maphash.Comparable(seed, k) % kindSlots
			for slots[j] != 0 && kinds[slots[j]-1] != k {
				j = (j + 1) % kindSlots
			}
			if slots[j] == 0 {
				if nk == maxKinds {
					return nil // not a tagger's few kinds: tagged again
				}
				kinds[nk] = k
				nk++
				slots[j] = uint16(nk)
			}
			t.kind = append(t.kind, slots[j]-1)
			t.lemmas = append(t.lemmas, w.Lemma)
		}
	}
	t.kinds = slices.Clone(kinds[:nk])
	return t
}

// AnalyzeTagged is AnalyzeInto reading the tags of the sentences known
// holds (KeepTags of an analysis of the same document) rather than
// tagging them again; known may be nil.
func (a *Analyzer) AnalyzeTagged(doc *timeline.Document, buf *Buffer, known *Tagging) []Sentence {
	w := a.pool.Get().(*worker)
	defer a.pool.Put(w)
	w.known, w.nextKnown = known, 0
	defer func() { w.known = nil }()
	return w.analyze(doc.Text, doc.Sentences, buf)
}

// knownTags appends the kept tags of the sentence of words ws to tags,
// reporting whether it has them. Sentences are analysed in text order, as
// they were kept.
func (w *worker) knownTags(tags []tagger.Analysis, ws []tokenize.Word) ([]tagger.Analysis, bool) {
	k := w.known
	if k == nil || len(ws) == 0 {
		return tags, false
	}
	start := ws[0].Start
	for w.nextKnown < len(k.pieces) && k.pieces[w.nextKnown].start < start {
		w.nextKnown++
	}
	if w.nextKnown == len(k.pieces) {
		return tags, false
	}
	p := k.pieces[w.nextKnown]
	if p.start != start || int(p.words) != len(ws) || p.end != ws[len(ws)-1].End {
		return tags, false
	}
	w.nextKnown++
	for i := p.first; i < p.first+p.words; i++ {
		kd := &k.kinds[k.kind[i]]
		tags = append(tags, tagger.Analysis{UPOS: kd.upos, XPOS: kd.xpos, Feats: kd.feats, Lemma: k.lemmas[i]})
	}
	return tags, true
}
