package actor

import (
	"cmp"
	"slices"
	"sync"

	"github.com/storyline/storyline/timeline"
)

// Mention is one naming of an actor in a document.
type Mention struct {
	Start, End int    // byte offsets into the document's Text
	Text       string // the surface form as written: "Mr Witcoff", "Kremlin"
	Name       string // the fullest name known for it in this document: "Steve Witcoff"
	Kind       string // timeline.Person, Organization, Country, Place or Group
	Role       string // from a title or apposition: "US special envoy"
	Title      string // a capitalised title written right before the name: "President"
	Country    string // actor id of the country or side it belongs to, if known
	ID         string // the actor id across documents; set by Resolve

	// Ref is the id of the gazetteer entry the mention names ("steve-witkoff",
	// "russian-government" for a political "Moscow"), or of the group it
	// names ("russian-officials"); empty for names the gazetteer lacks.
	Ref string
	// Modifier is set when the mention only qualifies a neighbour rather
	// than taking part itself: the possessive in "Trump’s envoy", the "US"
	// of "US Defense Secretary Pete Hegseth".
	Modifier bool
}

// Finder finds actor mentions using the embedded gazetteer. It is safe for
// concurrent use.
type Finder struct {
	g    *gazetteer
	pool sync.Pool
}

// scratch is per-call working memory, reused across calls.
type scratch struct {
	out   []Mention
	toks  []token
	loose []looseToken
	full  []surnameName
}

// looseToken is a capitalised word that matched no rule; it becomes a
// mention if the document names a person with that surname elsewhere.
type looseToken struct {
	start, end int
	kind       timeline.SpanKind
}

// NewFinder returns a Finder with the embedded gazetteer loaded.
func NewFinder() *Finder {
	f := &Finder{g: loadDefault()}
	f.pool.New = func() any { return &scratch{toks: make([]token, 0, 256)} }
	return f
}

// Find returns the actor mentions in doc's kept sentences, sorted by Start.
func (f *Finder) Find(doc *timeline.Document) []Mention {
	s := f.pool.Get().(*scratch)
	defer f.pool.Put(s)
	s.loose = s.loose[:0]
	// The mentions gather in the pooled buffer; the caller gets an exact
	// copy, so that nothing spare is allocated or retained per document.
	out := s.out[:0]
	text := doc.Text
	for _, sp := range doc.Sentences {
		start, end := max(sp.Start, 0), min(sp.End, len(text))
		if start >= end {
			continue
		}
		s.toks = tokenize(s.toks[:0], text, start, end)
		sc := sentence{f: f, g: f.g, text: text, toks: s.toks, kind: sp.Kind}
		out = sc.find(out, &s.loose)
	}
	out = f.linkDocument(text, out, s.loose, &s.full)
	slices.SortStableFunc(out, func(a, b Mention) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
	})
	res := slices.Clone(out)
	clear(out) // hold no strings of this document in the pool
	s.out = out[:0]
	if len(res) == 0 {
		return nil
	}
	return res
}
