package language

import (
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
type Tagging struct {
	pieces []taggedPiece
	tags   []tagger.Analysis
}

// taggedPiece is where one sentence's words lie in the text and its tags
// in Tagging.tags.
type taggedPiece struct {
	start, end int   // of its first and last word in the text
	words      int32 // how many
	tags       int32 // the first's in Tagging.tags
}

// KeepTags returns the tags of sents, an analysis of doc by an Analyzer
// (before any parse repair: an Analyzer without a parser's), or nil when
// sents has none.
func KeepTags(sents []Sentence) *Tagging {
	n := 0
	for _, s := range sents {
		n += len(s.Words)
	}
	if n == 0 {
		return nil
	}
	t := &Tagging{pieces: make([]taggedPiece, 0, len(sents)), tags: make([]tagger.Analysis, 0, n)}
	for _, s := range sents {
		if len(s.Words) == 0 {
			continue
		}
		t.pieces = append(t.pieces, taggedPiece{start: s.Words[0].Start, end: s.Words[len(s.Words)-1].End,
			words: int32(len(s.Words)), tags: int32(len(t.tags))})
		for _, w := range s.Words {
			t.tags = append(t.tags, tagger.Analysis{UPOS: w.UPOS, XPOS: w.XPOS, Feats: w.Feats, Lemma: w.Lemma})
		}
	}
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

// knownTags returns the kept tags of the sentence of words ws, if any.
// Sentences are analysed in text order, as they were kept.
func (w *worker) knownTags(ws []tokenize.Word) ([]tagger.Analysis, bool) {
	k := w.known
	if k == nil || len(ws) == 0 {
		return nil, false
	}
	start := ws[0].Start
	for w.nextKnown < len(k.pieces) && k.pieces[w.nextKnown].start < start {
		w.nextKnown++
	}
	if w.nextKnown == len(k.pieces) {
		return nil, false
	}
	p := k.pieces[w.nextKnown]
	if p.start != start || int(p.words) != len(ws) || p.end != ws[len(ws)-1].End {
		return nil, false
	}
	w.nextKnown++
	return k.tags[p.tags : p.tags+p.words], true
}
