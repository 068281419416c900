package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// "They" names a plural actor the text has named before: "Several
// residents told the paper that they had complained" — the residents.
// Only a group agrees in number, so only a group is taken (a person is
// "he" or "she", and an organisation is mostly "it"), and only within the
// sentence: the subject of a clause above the pronoun (the one reporting
// it), else the doer of the nearest event before, else the nearest group
// before it that is a subject. A group named in an earlier sentence is
// left alone: "Police arrested two men. They were charged" means the men.

// pluralPronoun reports whether form is a third-person plural pronoun.
func pluralPronoun(form string) bool {
	switch strings.ToLower(form) {
	case "they", "them", "themselves":
		return true
	}
	return false
}

// pluralRef returns the group the plural pronoun at word j stands for, on
// the parse, or -1: the nearest clause above j whose subject is a group.
func (p parsed) pluralRef(j int) int {
	if ref := p.objectThem(j); ref >= 0 {
		return ref
	}
	for h, hops := p.head(j), 0; h >= 0 && hops < 6; h, hops = p.head(h), hops+1 {
		for c := range p.s.Words {
			if c >= j || p.head(c) != h || p.rel(c) != "nsubj" || p.word(c).UPOS == "PRON" {
				continue
			}
			if ref := p.actorAt(p.partitive(c)); ref >= 0 && p.x.actors[ref].Kind == timeline.Group && !p.x.actors[ref].Modifier {
				return ref
			}
		}
	}
	return -1
}

// resolveThey returns the group "they" at token j stands for, on the
// tokens, or -1.
func (x *extractor) resolveThey(s *sentence, j int) int {
	for k := len(s.cands) - 1; k >= 0; k-- {
		c := s.cands[k]
		if c.t.tok < j && len(c.roles.agents) > 0 && s.toks[c.t.tok].quoted == s.toks[j].quoted &&
			x.actors[c.roles.agents[0]].Kind == timeline.Group {
			return c.roles.agents[0]
		}
	}
	for k := j - 1; k >= 0; k-- {
		t := s.toks[k]
		if t.kind == tActor && t.quoted == s.toks[j].quoted && x.actors[t.ref].Kind == timeline.Group &&
			!t.poss && !s.isModifier(k) && (s.prepBefore(k) == "" || s.partitiveLead(k)) {
			return t.ref
		}
	}
	return -1
}

// partitiveLead reports whether the actor token at k follows a quantity
// head that opens its phrase: "hundreds of residents".
func (s *sentence) partitiveLead(k int) bool {
	p := s.prepIndex(k)
	if p < 0 {
		return false
	}
	h := s.partitiveBefore(p)
	return h >= 0 && s.partitiveActor(h) == k && s.prepBefore(h) == ""
}

// "It" opening a sentence as the subject of an event ("The block, known as
// the Garnet Tower, collapsed. It was completed in 2019") is the one
// organisation or country the sentence before names; with two, or none,
// it stays unresolved. A copula's "it" ("it was the strongest quake") is
// no one.

// sentenceIt reports whether token form at the start of a sentence is
// "it".
func sentenceIt(form string, first bool) bool { return first && strings.EqualFold(form, "it") }

// itBefore returns the one organisation or country named in the sentence
// before the one starting at start, or -1. For the subject of a passive
// ("It was given by a nurse") one named only as the place where
// something happened ("received the jab at Coventry Hospital") does not
// count: what was done there is what the passive is about.
func (x *extractor) itBefore(start int, passive bool) int {
	for k := len(x.spans) - 1; k >= 0; k-- {
		sp := x.spans[k]
		if sp.Start >= start {
			continue
		}
		ref := -1
		for a := range x.actors {
			m := &x.actors[a]
			if m.Start < sp.Start || m.End > sp.End || m.Modifier || m.Kind != timeline.Organization && m.Kind != timeline.Country {
				continue
			}
			if passive && x.afterAt(m.Start) {
				continue
			}
			if ref >= 0 && x.id(ref) != x.id(a) {
				return -1
			}
			if ref < 0 {
				ref = a
			}
		}
		return ref
	}
	return -1
}

// afterAt reports whether the text right before byte start is the word
// "at".
func (x *extractor) afterAt(start int) bool {
	before := strings.TrimRight(x.doc.Text[:start], " ")
	return len(before) >= 3 && strings.EqualFold(before[len(before)-3:], " at")
}

// beenDone reports whether verb h is a passive participle with "be",
// whatever the parse called its subject: "It was given by a nurse".
func (p parsed) beenDone(h int) bool {
	if p.word(h).XPOS != "VBN" {
		return false
	}
	for k := range h {
		if p.head(k) == h && strings.HasPrefix(p.rel(k), "aux") && strings.EqualFold(p.word(k).Lemma, "be") {
			return true
		}
	}
	return false
}

// itRef returns what "it" at word j stands for on the parse, or -1.
func (p parsed) itRef(j int) int {
	first := true
	for k := 0; k < j; k++ {
		if p.word(k).UPOS != "PUNCT" {
			first = false
		}
	}
	h := p.head(j)
	if h < 0 || p.rel(j) != "nsubj" && p.rel(j) != "nsubj:pass" || p.hasDependent(h, "cop") {
		return -1
	}
	if ref := p.itReporter(j); ref >= 0 {
		return ref
	}
	if !sentenceIt(p.word(j).Form, first) {
		return -1
	}
	return p.x.itBefore(p.s.Span.Start, p.rel(j) == "nsubj:pass" || p.beenDone(h))
}

// An object pronoun ("called on him to resign", "met them") is someone
// named before, but never the subject of its own clause: "Berg met her"
// is not Berg. "Him" is the nearest person before it in the sentence
// other than the event's agents, else the subject of the sentence
// before; "them" the group "they" would be. "Her" before a noun is a
// possessive and is left alone.

// objectPronoun returns the actor the object pronoun at token j stands
// for in an event whose agents are given, or -1.
func (x *extractor) objectPronoun(s *sentence, j int, agents []int) int {
	var ref int
	switch w := s.toks[j].low; {
	case w == "them":
		ref = x.resolveThey(s, j)
	case w == "him" || w == "her" && !(j+1 < len(s.toks) && s.toks[j+1].kind == tWord && !s.toks[j+1].has(cPrep) && !s.toks[j+1].has(cClause) && s.toks[j+1].low != "to"):
		ref = -1
		for k := j - 1; k >= 0 && ref < 0; k-- {
			t := s.toks[k]
			if t.kind == tActor && !t.poss && t.quoted == s.toks[j].quoted && x.actors[t.ref].Kind == timeline.Person && !x.among(t.ref, agents) {
				ref = t.ref
			}
		}
		if ref < 0 && x.prevSubject >= 0 && x.actors[x.prevSubject].Kind == timeline.Person && !x.among(x.prevSubject, agents) {
			ref = x.prevSubject
		}
	default:
		return -1
	}
	if ref < 0 || x.among(ref, agents) {
		return -1
	}
	return ref
}

// among reports whether mention ref names the actor of one of refs.
func (x *extractor) among(ref int, refs []int) bool {
	for _, r := range refs {
		if x.id(r) == x.id(ref) {
			return true
		}
	}
	return false
}

// objectThem returns the group an object "them" of a participle clause
// stands for: the group its main clause acts on, since the clause shares
// that clause's doer and a plain pronoun is never its own verb's doer —
// "expelled five diplomats, accusing them of spying", "arrested two
// protesters, charging them with arson". Else -1.
func (p parsed) objectThem(j int) int {
	v := p.head(j)
	if v < 0 || p.rel(j) != "obj" || p.word(v).XPOS != "VBG" || p.rel(v) != "advcl" || p.hasDependent(v, "nsubj") {
		return -1
	}
	h := p.head(v)
	for c := range p.s.Words {
		if c >= v || p.head(c) != h || p.rel(c) != "obj" {
			continue
		}
		if ref := p.actorAt(p.partitive(c)); ref >= 0 && p.x.actors[ref].Kind == timeline.Group && !p.x.actors[ref].Modifier {
			return ref
		}
	}
	return -1
}
