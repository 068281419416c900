package language

import (
	"strings"
	"sync"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/language/depparse"
	"github.com/storyline/storyline/timeline/language/ner"
	"github.com/storyline/storyline/timeline/language/tagger"
	"github.com/storyline/storyline/timeline/language/tokenize"
)

// MaxWords bounds the words parsed as one sentence. A longer run of text
// (a list without full stops, a table) is parsed in pieces of at most
// MaxWords words, each its own Sentence, so that no input costs more than
// linear time or yields a tree nobody can read.
const MaxWords = 250

// Analyzer analyses documents with one set of models. It is safe for
// concurrent use.
type Analyzer struct {
	tagger *tagger.Model
	parser *depparse.Model
	ner    *ner.Model
	pool   sync.Pool
}

// New returns an Analyzer of the given models. Without an entity model
// (n nil) its words carry no entity tag; without a parser (p nil), no
// dependency.
func New(t *tagger.Model, p *depparse.Model, n *ner.Model) *Analyzer {
	a := &Analyzer{tagger: t, parser: p, ner: n}
	a.pool.New = func() any {
		w := &worker{tg: t.NewTagger()}
		if p != nil {
			w.ps = p.NewParser()
		}
		if n != nil {
			w.rc = n.NewRecognizer()
		}
		return w
	}
	return a
}

// Analyze returns the analysis of each kept sentence of doc, in order.
func (a *Analyzer) Analyze(doc *timeline.Document) []Sentence {
	return a.AnalyzeSpans(doc.Text, doc.Sentences)
}

// AnalyzeSpans returns the analysis of each span of text, in order. The
// words of all sentences share one allocation.
func (a *Analyzer) AnalyzeSpans(text string, spans []timeline.Span) []Sentence {
	return a.analyze(text, spans, nil)
}

// Buffer is the storage of one document's analysis, which AnalyzeInto
// reuses: a program that reads each analysis once and lets it go (the
// pipeline) need not allocate a corpus's worth of words.
type Buffer struct {
	words []Word
	toks  []Token
	sents []Sentence
}

// AnalyzeInto is Analyze into buf's storage. The sentences returned, and
// their words, are overwritten by the next call with the same buf.
func (a *Analyzer) AnalyzeInto(doc *timeline.Document, buf *Buffer) []Sentence {
	return a.analyze(doc.Text, doc.Sentences, buf)
}

func (a *Analyzer) analyze(text string, spans []timeline.Span, buf *Buffer) []Sentence {
	w := a.pool.Get().(*worker)
	defer a.pool.Put(w)
	if buf == nil {
		buf = new(Buffer)
	}
	return w.analyze(text, spans, buf)
}

// worker holds the buffers of one analysis at a time.
type worker struct {
	tg *tagger.Tagger
	ps *depparse.Parser
	rc *ner.Recognizer

	toks     []tokenize.Token
	words    []tokenize.Word
	bounds   []int // per span, the end of its tokens in toks
	forms    []string
	headline []string // the forms read in a title-case sentence (see tagger.TitleCase)
	upos     []string
	xpos     []string
	tags     []tagger.Analysis
	heads    []int
	rels     []string
	ents     []string

	// a document's words and entity labels, per sentence and in all, for harmonize
	docForms, docLabels   [][]string
	flatForms, flatLabels []string

	known     *Tagging // see AnalyzeTagged
	nextKnown int      // the piece of known to look for next
}

func (w *worker) analyze(text string, spans []timeline.Span, buf *Buffer) []Sentence {
	w.toks, w.words, w.bounds = w.toks[:0], w.words[:0], w.bounds[:0]
	for _, s := range spans {
		w.toks, w.words = tokenize.Append(text, s.Start, s.End, w.toks, w.words)
		w.bounds = append(w.bounds, len(w.toks))
	}
	buf.words = grow(buf.words, len(w.words))
	buf.toks = grow(buf.toks, len(w.toks))
	allWords, allToks := buf.words, buf.toks
	sents := buf.sents[:0]
	t0, w0 := 0, 0
	for i, s := range spans {
		for t0 < w.bounds[i] {
			t1, w1 := w.piece(t0, w.bounds[i])
			sents = append(sents, w.sentence(text, s, t0, t1, w0, w1, allToks, allWords))
			t0, w0 = t1, w1
		}
	}
	buf.sents = sents
	if w.rc != nil {
		w.harmonize(sents)
	}
	return sents
}

// harmonize makes the entity labels of a document's sentences agree
// (ner.Harmonize): the recogniser reads one sentence at a time.
func (w *worker) harmonize(sents []Sentence) {
	w.docForms, w.docLabels = w.docForms[:0], w.docLabels[:0]
	w.flatForms, w.flatLabels = w.flatForms[:0], w.flatLabels[:0]
	for _, s := range sents {
		for i := range s.Words {
			w.flatForms, w.flatLabels = append(w.flatForms, s.Words[i].Form), append(w.flatLabels, s.Words[i].Entity)
		}
	}
	at := 0
	for _, s := range sents {
		n := len(s.Words)
		w.docForms = append(w.docForms, w.flatForms[at:at+n:at+n])
		w.docLabels = append(w.docLabels, w.flatLabels[at:at+n:at+n])
		at += n
	}
	ner.Harmonize(w.docForms, w.docLabels)
	for k, s := range sents {
		for i := range s.Words {
			s.Words[i].Entity = w.docLabels[k][i]
		}
	}
}

// piece returns the end of the tokens, and of their words, that make the
// next sentence of at most MaxWords words from token t0, stopping at end.
func (w *worker) piece(t0, end int) (t1, w1 int) {
	first := w.firstWord(t0)
	t1 = t0
	for t1 < end && (t1 == t0 || w.firstWord(t1+1)-first <= MaxWords) {
		t1++
	}
	return t1, w.firstWord(t1)
}

// firstWord returns the index of the first word of token t (len(words) past
// the last token).
func (w *worker) firstWord(t int) int {
	if t >= len(w.toks) {
		return len(w.words)
	}
	lo, hi := 0, len(w.words)
	for lo < hi {
		m := (lo + hi) / 2
		if w.words[m].Token < t {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// sentence analyses tokens t0..t1 (words w0..w1) as one sentence of span s.
func (w *worker) sentence(text string, s timeline.Span, t0, t1, w0, w1 int, allToks []Token, allWords []Word) Sentence {
	n := w1 - w0
	w.forms = w.forms[:0]
	for _, wd := range w.words[w0:w1] {
		w.forms = append(w.forms, text[wd.Start:wd.End])
	}
	seen := w.forms // what the tagger and the parser read
	if tagger.TitleCase(w.forms) {
		w.headline = w.tg.HeadlineForms(w.headline[:0], w.forms)
		seen = w.headline
	}
	var known bool
	if w.tags, known = w.knownTags(w.tags[:0], w.words[w0:w1]); !known {
		w.tags = w.tg.Tag(seen, w.tags[:0])
		nounBeforeVerb(w.forms, w.tags)
		titleVerb(w.forms, w.tags)
		personNoun(w.forms, w.tags)
		hyphenatedName(w.words[w0:w1], w.forms, w.tags)
		listedName(w.forms, w.tags)
	}
	w.upos, w.xpos = w.upos[:0], w.xpos[:0]
	for _, t := range w.tags {
		w.upos = append(w.upos, t.UPOS)
		w.xpos = append(w.xpos, t.XPOS)
	}
	w.heads = grow(w.heads, n)
	w.rels = grow(w.rels, n)
	if w.ps != nil {
		w.ps.Parse(seen, w.upos, w.xpos, w.heads, w.rels)
	} else {
		clear(w.heads)
		clear(w.rels)
	}
	w.ents = w.ents[:0]
	if w.rc != nil {
		w.ents = w.rc.Recognize(w.forms, w.upos, w.xpos, w.ents)
	}

	toks, words := allToks[t0:t1], allWords[w0:w1]
	for i, tk := range w.toks[t0:t1] {
		toks[i] = Token{Start: tk.Start, End: tk.End, First: -1}
	}
	for i, wd := range w.words[w0:w1] {
		tg := w.tags[i]
		words[i] = Word{
			Start: wd.Start, End: wd.End, Token: wd.Token - t0, Form: w.forms[i],
			Lemma: tg.Lemma, UPOS: tg.UPOS, XPOS: tg.XPOS, Feats: tg.Feats,
			Head: w.heads[i], Deprel: w.rels[i],
		}
		if i < len(w.ents) {
			words[i].Entity = w.ents[i]
		}
		tk := &toks[wd.Token-t0]
		if tk.First < 0 {
			tk.First = i
		}
		tk.Last = i
	}
	if w.ps != nil {
		for _, r := range repairs {
			r.fix(words)
		}
		markPassives(words)
	}
	span := timeline.Span{Start: toks[0].Start, End: toks[len(toks)-1].End, Kind: s.Kind}
	return Sentence{Span: span, Tokens: toks, Words: words}
}

// markPassives adds Voice=Pass to the participle of every passive, which
// the tagger cannot see: it takes the aux:pass of the parse.
func markPassives(words []Word) {
	for _, wd := range words {
		if wd.Deprel == "aux:pass" && wd.Head > 0 {
			h := &words[wd.Head-1]
			if h.XPOS == "VBN" && !strings.Contains(h.Feats, "Voice=") {
				h.Feats = withPassive(h.Feats)
			}
		}
	}
}

var passiveFeats sync.Map // feats → feats with Voice=Pass, so that each is built once

// withPassive returns feats with Voice=Pass in its sorted place (Voice
// sorts last of the features a participle carries).
func withPassive(feats string) string {
	if v, ok := passiveFeats.Load(feats); ok {
		return v.(string)
	}
	v := "Voice=Pass"
	if feats != "" && feats != "_" {
		v = feats + "|Voice=Pass"
	}
	passiveFeats.Store(feats, v)
	return v
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// AnalyzeWords analyses one sentence already split into words, as a
// treebank gives them: the words are taken as they are, one token each,
// in a text that joins them with spaces.
func (a *Analyzer) AnalyzeWords(forms []string) (text string, s Sentence) {
	text = strings.Join(forms, " ")
	w := a.pool.Get().(*worker)
	defer a.pool.Put(w)
	w.toks, w.words, w.bounds = w.toks[:0], w.words[:0], w.bounds[:0]
	pos := 0
	for i, f := range forms {
		w.toks = append(w.toks, tokenize.Token{Start: pos, End: pos + len(f)})
		w.words = append(w.words, tokenize.Word{Start: pos, End: pos + len(f), Token: i})
		pos += len(f) + 1
	}
	if len(forms) == 0 {
		return text, Sentence{}
	}
	span := timeline.Span{Start: 0, End: len(text)}
	return text, w.sentence(text, span, 0, len(forms), 0, len(forms), make([]Token, len(forms)), make([]Word, len(forms)))
}
