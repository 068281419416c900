package extract

import (
	"slices"
	"strings"

	"github.com/storyline/storyline/timeline"
	wn "github.com/storyline/storyline/timeline/lexicon"
)

// Some acts are told by words whose first senses name something else:
// "shot down a balloon" is no movement, "brought down a drone" no
// dismissal, "downed the plane" no drink; "the blast" has no sense of
// its own; "investors erased $40 billion" killed no one; "was named in
// the lawsuit" got no post; "was met with scepticism" met no one.

// actKind returns the kind the phrasing of predicate f gives it, or "".
func (p parsed) actKind(f frame, lemma string, noun bool) string {
	switch {
	case !noun && p.downs(f, lemma):
		return "attack" // "shot down a balloon", "downed the drone", "brought down a second object"
	case !noun && lemma == "shoot down" && p.anyIs(f.patients, func(j int) bool { return wn.NounClass(strings.ToLower(p.word(j).Lemma)) == "communication" }):
		return "rejection" // "shot down the proposal": turned down, nothing in the air
	case noun && explosions[lemma]:
		if p.firedByWeapon(f.pred) || p.hasModifier(f.pred, "bomb") || p.hasModifier(f.pred, "suicide") {
			return "attack" // "a bomb blast", "a missile explosion"
		}
		return "disaster" // "a small explosion", "the blast at the plant"
	case !noun && (lemma == "explode" || lemma == "blow up") && len(f.patients) == 0 && !p.anyIs(f.agents, p.mayBePerson):
		return "disaster" // "a tanker exploded": no one is said to have set it off; "might have blown up the pipelines" someone did
	case !noun && wn.Kind(lemma, false) == "death" && p.moneyObject(f.pred):
		return "movement" // "investors erased $40 billion of its value": a market's fall, no death
	case !noun && lemma == "name" && p.passive(f.pred) && p.hasCase(f.pred, "in") && !p.hasCase(f.pred, "as", "to") && !p.hasDependent(f.pred, "xcomp"):
		return KindOther // "was named in the lawsuit": mentioned, no post given
	case !noun && lemma == "quit" && p.quitsPost(f):
		return "resignation" // "three ministers quit", "quit the cabinet": WordNet's first sense only ends an activity
	case noun && lemma == "surrender":
		return KindOther // "the surrender followed a phone call": fighters giving up, as the verb tells it; WordNet's first sense gives up an office
	case !noun && lemma == "let" && p.particle(f.pred, "down"):
		return KindOther // "had let its customers down": failed them, nothing allowed
	case noun && lemma == "impact" && p.effectImpact(f.pred):
		return KindOther // "the broad economic impacts": effects, no blow
	case !noun && p.receives(f, lemma):
		return p.reception(f.pred) // "the claim was met with scepticism", "the plan met with resistance": a reception, no meeting
	case p.voteOnMeasure(f, lemma):
		return KindOther // "will vote on the bill", "the vote on the deal": a measure decided, no election (kindvote.go)
	}
	return ""
}

// explosions are the nouns of a blowing up, which WordNet gives no kind.
var explosions = set("explosion blast detonation")

// downVerbs are the verbs that, with "down", bring a thing out of the
// sky or off its feet: "shot down", "brought down", "took down".
var downVerbs = set("shoot bring take knock")

// downs reports whether verb f brings down a thing (not a person, a
// government or a claim): "shot down a balloon", "was shot down over the
// sea", "downed the drone", "brought down a second object". "Brought down
// the government" is a dismissal, "shot down the proposal" a rejection.
func (p parsed) downs(f frame, lemma string) bool {
	base, prt, phrasal := strings.Cut(lemma, " ")
	switch {
	case lemma == "down":
	case phrasal && prt == "down" && downVerbs[base]:
	default:
		return false
	}
	if len(f.patients) == 0 {
		return base == "shoot" && !p.anyIs(f.agents, p.isThing) // "the jet shot down over the sea" is told of the jet only when it fell
	}
	return !slices.ContainsFunc(f.patients, func(j int) bool { return !p.downedThing(j) })
}

// downedThing reports whether word j is a made thing or a thing whose
// kind is unknown ("it", "an object"), which one shoots down.
func (p parsed) downedThing(j int) bool {
	w := p.word(j)
	if w.UPOS == "PRON" {
		return strings.EqualFold(w.Form, "it") || strings.EqualFold(w.Form, "them")
	}
	switch wn.NounClass(strings.ToLower(w.Lemma)) {
	case "artifact", "object", "Tops", "animal":
		return w.UPOS == "NOUN" && p.actorAt(j) < 0
	}
	return false
}

// receives reports whether verb f is "met with" a reaction: passive, or
// with a thing for its subject ("the plan met with resistance"); people
// who "met with" people met them.
func (p parsed) receives(f frame, lemma string) bool {
	return lemma == "meet" && p.hasCase(f.pred, "with") && (p.passive(f.pred) || len(f.agents) > 0 && !slices.ContainsFunc(f.agents, func(j int) bool { return !p.isThing(j) && !p.isEventWord(j) }))
}

// receptionTrigger is the trigger of a reception, which shares no word
// with a meeting: told by the same verb, the two would otherwise be
// taken for one event.
const receptionTrigger = "be met with"

// reception returns the kind of the reaction that verb v ("was met with
// …") tells: the reaction noun's own kind when it is one of words or
// protest ("met with protests"), a rejection when
// it doubts or opposes ("met with scepticism", "met with resistance"),
// else a statement ("met with applause"). None is a meeting, nor one
// event with a meeting told by the same verb.
func (p parsed) reception(v int) string {
	for k := range p.s.Words {
		if p.head(k) != v || p.rel(k) != "obl" || p.caseOf(k) != "with" {
			continue
		}
		l := strings.ToLower(p.word(k).Lemma)
		k := wn.Kind(l, true)
		switch {
		case opposing[l]:
			return KindRejection
		case k == KindStatement || k == KindRejection || k == "accusation" || k == "protest" || k == "agreement" || k == "warning":
			return k
		}
	}
	return KindStatement
}

// opposing are the nouns of doubting or opposing what is put forward.
var opposing = set("scepticism skepticism doubt doubts disbelief suspicion incredulity resistance opposition hostility derision dismay scorn ridicule")

// quitsPost reports whether quitting verb f is someone leaving a post:
// people quit with nothing after them, or quit a post or the body they
// sat in ("quit the government"); "quit smoking" or "quit the race" leave
// no office.
func (p parsed) quitsPost(f frame) bool {
	if !p.anyIs(f.agents, p.isPerson) || p.hasDependent(f.pred, "xcomp") {
		return false
	}
	o := p.dependentOf(f.pred, "obj")
	return o < 0 || p.word(o).UPOS == "NOUN" && posts[strings.ToLower(p.word(o).Lemma)] || p.isStaffBody(o)
}

// posts are the offices one quits.
var posts = set("post job role office position seat presidency premiership chairmanship cabinet government")

// isStaffBody reports whether word j is a named organisation or a body of
// people one sits in: "quit Alpha Party", "quit the board".
func (p parsed) isStaffBody(j int) bool {
	if ref := p.actorAt(j); ref >= 0 {
		k := p.x.actors[ref].Kind
		return k == timeline.Organization || k == timeline.Group
	}
	return false
}

// labelParticiple reports whether verb w is "named" or "called" after a
// noun with the name as its object and nothing else of its own: "an aid
// worker named Anna Berg", "a village called Ostburg" say what someone
// or something is called, no appointment or call. A post or a time of
// its own ("a lawyer named as chief executive on Monday") keeps it an
// event.
func (p parsed) labelParticiple(w int) bool {
	wd := p.word(w)
	h := p.head(w)
	if wd.XPOS != "VBN" || p.rel(w) != "acl" || h < 0 || h > w || p.word(h).UPOS != "NOUN" {
		return false
	}
	switch strings.ToLower(wd.Lemma) {
	case "name", "call", "dub":
	default:
		return false
	}
	named := false
	for k := range p.s.Words {
		if p.head(k) != w {
			continue
		}
		switch p.word(k).Deprel {
		case "obj", "xcomp":
			named = named || p.word(k).UPOS == "PROPN" && k == w+1
		case "punct":
		default:
			return false // "named Carl Dahl on Monday as the driver"
		}
	}
	return named
}

// prolongs reports whether verb w only draws out the event that is its
// object: "drag out the negotiations", "dragged the talks out" tell the
// talks going on longer, no event of their own beside them.
func (p parsed) prolongs(w int) bool {
	switch strings.ToLower(p.word(w).Lemma) {
	case "drag", "draw", "string", "spin":
	default:
		return false
	}
	out, event := false, false
	for k := range p.s.Words {
		if p.head(k) != w {
			continue
		}
		switch d := p.word(k).Deprel; {
		case (d == "compound:prt" || d == "advmod") && strings.EqualFold(p.word(k).Form, "out"):
			out = true
		case d == "obj" && p.isEventWord(k):
			event = true
		}
	}
	return out && event
}

// particle reports whether verb v has particle prt, hung on it as a
// particle or as an adverb: "let its customers down".
func (p parsed) particle(v int, prt string) bool {
	for k := v + 1; k < len(p.s.Words); k++ {
		if d := p.word(k).Deprel; p.head(k) == v && (d == "compound:prt" || d == "advmod") && strings.EqualFold(p.word(k).Form, prt) {
			return true
		}
	}
	return false
}

// effectImpact reports whether noun n, "impact", is an effect by its
// modifier ("economic impacts", "the full impact"), not a collision.
func (p parsed) effectImpact(n int) bool {
	for k := range p.s.Words {
		if p.head(k) == n && p.rel(k) == "amod" && effectKinds[strings.ToLower(p.word(k).Lemma)] {
			return true
		}
	}
	return false
}

// effectKinds are the adjectives that make an impact an effect.
var effectKinds = set("economic societal social financial environmental political human psychological full potential broad wider lasting")
