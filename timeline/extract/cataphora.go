package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline"
	wn "github.com/storyline/storyline/timeline/lexicon"
)

// A news lede often tells what someone did before it names them: "A
// former port official pleaded not guilty on Monday to bribery charges.
// Gerald Pike, 58, appeared in court …". The indefinite "a former port
// official" is someone new to the reader, and the sentence after names
// him first. ledeNamed resolves such a subject to the name that opens the
// next sentence, only when the story has named nobody before: then the
// description cannot be anyone the reader has met.

// ledeNamed returns the person that word j, an indefinite noun for a
// person that is the subject of its clause ("A shipping executive told a
// jury …"), stands for when the next sentence opens on a person's name
// and no person is named before; else -1.
func (p parsed) ledeNamed(j int) int {
	x := p.x
	w := p.word(j)
	// The tagger may read the head as an adjective ("A shipping
	// executive told"): the noun sense and the subject's place decide.
	if x == nil || w.UPOS != "NOUN" && w.UPOS != "ADJ" || p.rel(j) != "nsubj" || strings.Contains(w.Feats, "Number=Plur") {
		return -1
	}
	if !p.indefinite(j) || wn.NounClass(strings.ToLower(w.Lemma)) != "person" {
		return -1
	}
	for k := range x.actors {
		if x.actors[k].Start >= p.s.Span.End {
			break
		}
		if x.actors[k].Kind == timeline.Person {
			return -1 // someone met already: the description may be them
		}
	}
	next := x.nextSpan(p.s.Span.End)
	if next < 0 {
		return -1
	}
	sp := x.spans[next]
	for k := range x.actors {
		m := &x.actors[k]
		if m.Start < sp.Start {
			continue
		}
		if m.Kind != timeline.Person || strings.TrimLeft(x.doc.Text[sp.Start:m.Start], "“\"' ") != "" {
			return -1 // the next sentence opens on something else
		}
		return k
	}
	return -1
}

// indefinite reports whether noun j's phrase opens on "a" or "an": the
// words before it back to the article are its modifiers ("a former port
// official"), whatever the parse hung them on.
func (p parsed) indefinite(j int) bool {
	k := j - 1
	for k >= 0 && k >= j-4 {
		switch p.word(k).UPOS {
		case "ADJ", "NOUN", "ADV", "NUM":
			k--
			continue
		}
		break
	}
	if k < 0 {
		return false
	}
	switch strings.ToLower(p.word(k).Form) {
	case "a", "an":
		return p.word(k).UPOS == "DET"
	}
	return false
}

// nextSpan returns the index of the first sentence span read that starts
// at or after end, or -1.
func (x *extractor) nextSpan(end int) int {
	for k, sp := range x.spans {
		if sp.Start >= end {
			return k
		}
	}
	return -1
}
