package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/language"
	wn "github.com/storyline/storyline/timeline/lexicon"
)

// KindOther is the kind of an event whose predicate falls in no class.
const KindOther = "other"

// predicates adds an event for every predicate of the parse that the
// trigger lexicon left unread: a verb that heads a clause, or an event noun
// ("the verdict", "a brawl"), with its arguments from the dependencies.
// They are kept with a salience, so that renderers can leave the minor
// ones out while the events document keeps every event the text states.
func (x *extractor) predicates(sents []language.Sentence) {
	taken := make([]timeline.TextRange, 0, len(x.res.Events))
	for _, ev := range x.res.Events {
		if ev.Mention.Trigger != nil {
			taken = append(taken, *ev.Mention.Trigger)
		}
	}
	for si := range sents {
		s := &sents[si]
		if s.Span.Kind == timeline.Heading || !x.kept(s.Span) {
			continue
		}
		p := parsed{x: x, s: s}
		for i := range s.Words {
			if !p.isPredicate(i) || overlapsAny(taken, s.Words[i].Start, s.Words[i].End) {
				continue
			}
			if ev, ok := p.event(i); ok {
				x.res.Events = append(x.res.Events, ev)
			}
		}
	}
}

// kept reports whether sp lies inside a sentence the extractor read (not
// a heading, not a repeated standfirst).
func (x *extractor) kept(sp timeline.Span) bool {
	for _, k := range x.spans {
		if k.Start <= sp.Start && sp.End <= k.End {
			return true
		}
	}
	return false
}

func overlapsAny(rs []timeline.TextRange, start, end int) bool {
	for _, r := range rs {
		if r.Start < end && start < r.End {
			return true
		}
	}
	return false
}

// parsed reads events off one parsed sentence.
type parsed struct {
	x *extractor
	s *language.Sentence
}

func (p parsed) word(i int) *language.Word { return &p.s.Words[i] }

// head returns the 0-based index of word i's head, or -1 for the root.
func (p parsed) head(i int) int { return p.s.Words[i].Head - 1 }

// rel returns word i's relation without its subtype: "nsubj" for
// "nsubj:pass".
func (p parsed) rel(i int) string {
	r, _, _ := strings.Cut(p.s.Words[i].Deprel, ":")
	return r
}

// isPredicate reports whether word i names an event: a verb that is not an
// auxiliary, a copula or a modifier, or an event noun in an argument
// position.
func (p parsed) isPredicate(i int) bool {
	w := p.word(i)
	switch w.UPOS {
	case "VERB":
		switch p.rel(i) {
		case "aux", "cop", "amod", "compound", "case", "mark", "det", "fixed", "flat", "goeswith", "discourse":
			return false
		}
		return !lightVerb(p, i)
	case "NOUN":
		switch p.rel(i) {
		case "nsubj", "obj", "obl", "nmod", "root", "conj", "appos", "iobj", "dep", "parataxis":
		default:
			return false
		}
		return wn.IsEventNoun(strings.ToLower(w.Lemma))
	}
	return false
}

// lightVerb reports whether verb i only carries an event noun that is its
// object ("held talks", "launched an attack", "made a call"): the noun is
// the event.
func lightVerb(p parsed, i int) bool {
	switch strings.ToLower(p.word(i).Lemma) {
	case "hold", "have", "make", "take", "give", "launch", "conduct", "carry", "stage", "begin", "start", "resume", "host", "break":
	default:
		return false
	}
	for j := range p.s.Words {
		if p.head(j) == i && (p.rel(j) == "obj" || p.word(j).Deprel == "nsubj" && p.word(i).Lemma == "break") &&
			p.word(j).UPOS == "NOUN" && wn.IsEventNoun(strings.ToLower(p.word(j).Lemma)) {
			return true
		}
	}
	return false
}
