package extract

import (
	"slices"
	"strings"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/actor"
)

// Pronouns name people the text has named before: "Anna Berg resigned on
// Monday. She said …". pronounRef resolves he, she and their forms to a
// person actor, in the way of the first, most precise sieves of rule-based
// coreference: within the sentence, the one person named before the
// pronoun; else the one person the sentence before names. Where two
// people could be meant, the pronoun stays unresolved: a wrong agent is
// worse than none.

// personalPronoun reports whether form is a third-person singular pronoun
// that names a person.
func personalPronoun(form string) bool {
	switch strings.ToLower(form) {
	case "he", "she", "him", "her", "his", "hers", "himself", "herself":
		return true
	}
	return false
}

// pronounRef returns the actor mention pronoun word j stands for, or -1.
func (p parsed) pronounRef(j int) int {
	w := p.word(j)
	if w.UPOS == "PRON" && pluralPronoun(w.Form) {
		return p.pluralRef(j)
	}
	if w.UPOS == "PRON" && strings.EqualFold(w.Form, "it") {
		return p.itRef(j)
	}
	if w.UPOS != "PRON" && w.UPOS != "DET" || !personalPronoun(w.Form) {
		return -1
	}
	if strings.HasSuffix(strings.ToLower(w.Form), "self") {
		return p.reflexiveRef(j)
	}
	ref := p.personalRef(j)
	if ref >= 0 && p.coArgument(j, ref) {
		// A plain pronoun is never its own verb's other argument: in
		// "he paid Pike", he is not Pike (a reflexive would be).
		ref = -1
	}
	if ref >= 0 && p.quotedSpeaker(j, ref) {
		ref = -1
	}
	return ref
}

// coArgument reports whether actor ref is named by another subject or
// object of the verb that pronoun j is a subject or object of.
func (p parsed) coArgument(j, ref int) bool {
	v := p.head(j)
	if v < 0 || !coreRelation(p.word(j).Deprel) {
		return false
	}
	for k := range p.s.Words {
		if k != j && p.head(k) == v && coreRelation(p.word(k).Deprel) {
			if r := p.namedAt(k); r >= 0 && p.x.id(r) == p.x.id(ref) {
				return true
			}
		}
	}
	return false
}

// coreRelation reports whether a dependency relation is a verb's subject
// or object.
func coreRelation(rel string) bool {
	switch rel {
	case "nsubj", "nsubj:pass", "obj", "iobj":
		return true
	}
	return false
}

// personalRef returns the person that personal pronoun j (he, she and
// their forms) stands for, or -1.
func (p parsed) personalRef(j int) int {
	w := p.word(j)
	x := p.x
	ref, n := x.onlyPerson(p.s.Span.Start, w.Start)
	if n == 2 && coreRelation(p.word(j).Deprel) {
		ref = p.otherThanCoArgument(j) // "Johnson summoned Yakovenko and asked him": not Johnson
	}
	if n >= 2 && ref < 0 {
		ref = p.subjectOverEmbedded(j)
	}
	if n == 0 || ref >= 0 {
		from := -1
		if ref >= 0 {
			from = x.lastNamed(ref, w.Start)
		}
		if _, ok := p.describedBefore(j, from); ok {
			return -1 // "Weber said the suspect fled as he left"
		}
	}
	if k := p.subjectPronounBefore(j, ref); k >= 0 {
		return p.personalRef(k) // "he called Graham Brady to say he would resign"
	}
	if n > 0 && (ref < 0 || !p.reportsOn(j, x.actors[ref].Start)) && (ref < 0 || !p.coSubject(j, ref)) &&
		x.agrees(ref, w.Form) {
		if ref < 0 || pronounGender(w.Form) == 0 || x.genderOf(ref) != 0 || p.governingSubject(j, ref) || p.adverbialObject(j, ref) {
			return ref // -1 when two people are named
		}
		if before := x.personBefore(p.s.Span.Start); before >= 0 && x.genderOf(before) != 0 && x.agrees(before, w.Form) && x.id(before) != x.id(ref) {
			// "Clara Weiss resigned. … Jonas Ek accepted her
			// resignation": one whose gender the story never gave is
			// a weaker match than the woman it just told of.
			return before
		}
		return ref // -1 when two people are named
	}
	if n == 1 && ref >= 0 && p.coSubject(j, ref) {
		return x.otherPersonBefore(p.s.Span.Start, ref, w.Form)
	}
	// Else the one person of the sentence before: also the speaker of
	// "Dahl was on probation, he said", who is not the one spoken of.
	if before := x.personBefore(p.s.Span.Start); x.agrees(before, w.Form) && !x.otherOfGender(before, w.Form) {
		return before
	}
	return -1
}

// governingSubject reports whether subject pronoun j stands in a clause
// under a verb whose subject, before it, names the actor of mention ref:
// "Orin Kessler confirmed in a letter that he would step down". The
// sieves of rule-based coreference take the nearest compatible subject
// first, and gender only filters; a subject the verb's own clause
// embeds is the nearest there is, so a person of the pronoun's gender
// the sentence before does not outrank it. (A possessive or an object,
// "Kessler accepted her resignation", is as often the one the story
// just told of, and keeps the preference for the gender known.)
func (p parsed) governingSubject(j, ref int) bool {
	if r := p.rel(j); r != "nsubj" && r != "nsubj:pass" {
		return false
	}
	id := p.x.id(ref)
	for v, hops := p.head(p.head(j)), 0; v >= 0 && hops < 4; v, hops = p.head(v), hops+1 {
		for k := range p.s.Words {
			if k < j && p.head(k) == v && p.rel(k) == "nsubj" {
				if a := p.namedAt(k); a >= 0 && p.x.id(a) == id {
					return true
				}
			}
		}
	}
	return false
}

// adverbialObject reports whether object pronoun j stands in an
// adverbial clause whose governing verb's subject names the actor of
// mention ref: "Ole Moe is considered the favourite, although
// protesters oppose him", "Moe fled when police confronted him". The
// subject the clause hangs on is the nearest antecedent there is, as
// for a subject pronoun (governingSubject); what a speaker said ("Dahl
// said the board would replace her") is no adverbial clause and keeps
// the preference for the gender known.
func (p parsed) adverbialObject(j, ref int) bool {
	switch p.rel(j) {
	case "obj", "iobj":
	default:
		return false
	}
	v := p.head(j)
	if v < 0 || p.rel(v) != "advcl" || p.head(v) < 0 {
		return false
	}
	id := p.x.id(ref)
	for k := range p.s.Words {
		if k < v && p.head(k) == p.head(v) && (p.rel(k) == "nsubj" || p.rel(k) == "nsubj:pass") {
			if a := p.namedAt(k); a >= 0 && p.x.id(a) == id {
				return true
			}
		}
	}
	return false
}

// reflexiveRef returns the actor a reflexive pronoun stands for: its own
// clause's subject ("The gunman killed himself" is no one named before,
// "Dell gave himself up" is Dell), or -1.
func (p parsed) reflexiveRef(j int) int {
	if s := p.reflexiveSubject(j); s >= 0 {
		return p.actorAt(s)
	}
	return -1
}

// reflexiveSubject returns the subject of the clause of reflexive pronoun
// j, or -1.
func (p parsed) reflexiveSubject(j int) int {
	v := p.head(j)
	for hops := 0; v >= 0 && hops < 2 && p.word(v).UPOS != "VERB"; hops++ {
		v = p.head(v) // "a statement about herself"
	}
	if v < 0 {
		return -1
	}
	if s := p.subjectOf(v); s != j {
		return s
	}
	return -1
}

// personBefore returns the one person named in the nearest of the two
// sentences before the one at start that names anyone, or -1.
func (x *extractor) personBefore(start int) int {
	back := 0
	for k := len(x.spans) - 1; k >= 0 && back < 2; k-- {
		if sp := x.spans[k]; sp.Start < start {
			back++
			if x.describedMain(sp.Start, sp.End) {
				return -1 // "The suspect fled on foot. He was arrested"
			}
			if back == 1 && noted(x.pronounLed, sp) {
				// "Aides said he called Graham Brady. He then …" (see
				// noteSubjects); a quoted "he" its speaker's rule left to
				// no one leaves the sentence before it to say.
				if ref := x.leadingPronounRef(sp); ref >= 0 || !x.inQuotation(x.leadingPronounAt(sp)) {
					return ref
				}
				continue
			}
			if ref, n := x.onlyPerson(sp.Start, sp.End); n > 0 {
				if n > 1 {
					return x.speakerOutsideQuote(sp.Start, sp.End)
				}
				return ref
			}
			if ref, n := x.onlyPersonOf(sp.Start, sp.End, true); n > 0 {
				return ref // "Bellini's side had won two games. Fans chanted for his dismissal"
			}
		}
	}
	return -1
}

// lastNamed returns the end of the last mention of the actor of mention
// ref before byte before.
func (x *extractor) lastNamed(ref, before int) int {
	end := x.actors[ref].End
	for k := ref + 1; k < len(x.actors) && x.actors[k].Start < before; k++ {
		if x.id(k) == x.id(ref) {
			end = x.actors[k].End
		}
	}
	return end
}

// onlyPerson returns the person actor mention in [start, end) when all
// the people named there are one, and how many people are named.
func (x *extractor) onlyPerson(start, end int) (ref, people int) {
	return x.onlyPersonOf(start, end, false)
}

// onlyPersonOf is onlyPerson, counting the persons named as possessors
// too ("Bellini's side") when possessors is set.
func (x *extractor) onlyPersonOf(start, end int, possessors bool) (ref, people int) {
	ref = -1
	from, _ := slices.BinarySearchFunc(x.actors, start, func(m actor.Mention, s int) int { return m.Start - s })
	for k := from; k < len(x.actors) && x.actors[k].Start < end; k++ {
		m := &x.actors[k]
		if m.Kind != timeline.Person || m.Modifier && !possessors {
			continue
		}
		if ref < 0 || x.id(ref) != x.id(k) {
			people++
		}
		if ref < 0 {
			ref = k
		}
	}
	if people > 1 {
		return -1, people
	}
	return ref, people
}

// reportsOn reports whether pronoun j is the subject of a verb of
// reporting whose reported clause holds the byte at.
func (p parsed) reportsOn(j, at int) bool {
	v := p.head(j)
	if v < 0 || p.rel(j) != "nsubj" || !reportingVerb(p.word(v).Lemma) {
		return false
	}
	for c := range p.s.Words {
		if p.head(c) != v || p.rel(c) != "ccomp" && p.rel(c) != "parataxis" {
			continue
		}
		if lo, hi := p.subtreeSpan(c); lo <= at && at < hi {
			return true
		}
	}
	// A bare "he said" after what was said hangs from it however the
	// parse takes it (parataxis, or a relative clause): "Dahl was on
	// probation, he said".
	if h := p.head(v); h >= 0 && !p.hasDependent(v, "ccomp") && !p.hasDependent(v, "obj") && !p.hasDependent(v, "xcomp") {
		lo, _ := p.subtreeSpan(h)
		return lo <= at && at < p.word(v).Start
	}
	return false
}

// subtreeSpan returns the bytes that word i's subtree covers.
func (p parsed) subtreeSpan(i int) (lo, hi int) {
	lo, hi = p.word(i).Start, p.word(i).End
	for k := range p.s.Words {
		// Bounded, so that a damaged parse with a cycle still ends.
		for a, steps := k, 0; a >= 0 && steps <= len(p.s.Words); a, steps = p.head(a), steps+1 {
			if a == i {
				lo, hi = min(lo, p.word(k).Start), max(hi, p.word(k).End)
				break
			}
		}
	}
	return lo, hi
}

// coSubject reports whether object pronoun j ("him", "her") has the actor
// of mention ref as the subject of its own verb: "Berg asked him" is not
// Berg.
func (p parsed) coSubject(j, ref int) bool {
	switch p.rel(j) {
	case "obj", "iobj", "obl":
	default:
		return false
	}
	v := p.head(j)
	for k := range p.s.Words {
		if p.head(k) == v && p.rel(k) == "nsubj" && k != j {
			if a := p.actorAt(k); a >= 0 && p.x.id(a) == p.x.id(ref) {
				return true
			}
		}
	}
	return false
}

// Gender agreement, the sieve after the nearest-mention ones: "he" is no
// woman and "she" no man. A document tells a person's gender by an
// honorific ("Ms Lund", "Mr Dahl"). (The pronoun of a sentence that names
// one person alone was tried as a cue too, and misled: "she" there is as
// often the woman of the sentence before.) Unknown genders agree with
// every pronoun.

// pronounGender returns 'm' or 'f' for a gendered third-person pronoun,
// else 0.
func pronounGender(w string) byte {
	var b [16]byte // lower-cased on the stack: it is asked of many words
	switch string(lowerWord(b[:0], w)) {
	case "he", "him", "his", "himself":
		return 'm'
	case "she", "her", "hers", "herself":
		return 'f'
	}
	return 0
}

// agrees reports whether pronoun w may stand for the actor of mention ref.
func (x *extractor) agrees(ref int, w string) bool {
	pg := pronounGender(w)
	if pg == 0 || ref < 0 {
		return true
	}
	g := x.genderOf(ref)
	return g == 0 || g == pg
}
