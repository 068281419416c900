package resolve

import (
	"slices"

	wn "github.com/storyline/storyline/timeline/lexicon"
)

// toldUnmet reports whether a document tells both events, which the
// first pass never weighed against each other: each naming who did it,
// under kinds of two families ("the FDIC seized the bank's assets" filed
// as an attack, "regulators rushed to seize the assets of the bank" as a
// legal step), or one naming who did it and the other to whom
// (doerAndDone). The document did not tell them apart, the extractor's
// filing did, so its likeness to itself counts neither for nor against
// them. (Tellings that name no agent, "the cease-fire would leave
// Hamas", "allies leave the coalition", are no such pair: the first pass
// weighs them by place alone.) Nor are two tellings in two words, one or
// both of no kind ("used the money to buy a lake house", a transaction;
// "he stole from the people", of none): the extractor filed them apart
// for their words, not for a sense, and the writer told two things,
// which one document's likeness to itself must not join. One word ("the
// company's handling of the defect", "how the company handled the
// warnings") may tell one thing twice, as a noun and its verb.
func (ps *pairScorer) toldUnmet(a, b *cluster) bool {
	unmet := a.fam != b.fam && len(a.agents()) > 0 && len(b.agents()) > 0 && (!unkinded(a) && !unkinded(b) || oneLexeme(a.triggers, b.triggers)) || ps.doerAndDone(a, b)
	return unmet && shareDoc(a, b)
}

// unkinded reports whether c's kind is none, so that its family is its
// trigger word's (familyOf).
func unkinded(c *cluster) bool { return c.kind == "" || c.kind == "other" }

// doerAndDone reports whether, of two dated events, one names only who
// did it, groups or organisations ("the jury", "police", "the
// FDIC"), and the other no one who did anything, and they share
// no one: "the jury has found Derek Chauvin guilty" (the extractor
// missing Chauvin), "Derek Chauvin was found guilty". The first pass
// finds no one in common and so no fit, but nothing in them disagrees
// either: the second pass weighs them by their words, days and
// documents. A named doer ("Putin", "Ukraine") may have done anything
// else that day; both sides of a meeting or a call take part alike, and
// something said is its speaker's: there two sides naming no one in
// common are two events ("Zelensky held talks", "talks with US
// officials").
func (ps *pairScorer) doerAndDone(a, b *cluster) bool {
	if !a.dated || !b.dated {
		return false
	}
	for _, c := range [...]*cluster{a, b} {
		if f := familyOf(c.kind, ""); symmetric(f) || f == famSpeech {
			return false
		}
	}
	if len(b.agents()) > 0 {
		a, b = b, a
	}
	return len(a.agents()) == len(a.actors()) && ps.institutions(a.agents()) && len(b.agents()) == 0 && len(b.actors()) > 0 &&
		!sharesAny(a.actors(), b.actors())
}

// institutions reports whether every id of ids names a group or an
// organisation: no person, country or place.
func (ps *pairScorer) institutions(ids []int32) bool {
	for _, id := range ids {
		if int(id) >= len(ps.groups) || int(id) >= len(ps.orgs) || !ps.groups[id] && !ps.orgs[id] {
			return false
		}
	}
	return len(ids) > 0
}

// oneLexeme reports whether a word of as and one of bs are one, or a noun
// and the verb it is made from (handling, handle).
func oneLexeme(as, bs []string) bool {
	for _, a := range as {
		for _, b := range bs {
			if a == b || slices.Contains(wn.Verbs(a), b) || slices.Contains(wn.Verbs(b), a) {
				return true
			}
		}
	}
	return false
}
