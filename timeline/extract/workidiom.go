package extract

import "strings"

// A few fixed phrases of work and time read word by word as events: "walk
// off the job" is a strike, no walk; "on the job" and "off the job" name
// the workplace, no hiring; "starting next month" dates another deed.

// walksOffJob reports whether verb v is "walk off the job": workers stop
// work. The parse may read "off" as a particle with the job its object.
func (p parsed) walksOffJob(v int) bool {
	l := strings.ToLower(p.word(v).Lemma)
	if l != "walk" && l != "walk off" || p.passive(v) {
		return false
	}
	for k := range p.s.Words {
		if p.head(k) != v || !p.workNoun(k) {
			continue
		}
		if p.rel(k) == "obl" && p.caseOf(k) == "off" || p.rel(k) == "obj" && (l == "walk off" || p.particle(v, "off")) {
			return true
		}
	}
	return false
}

// workNoun reports whether word k is "job" or "jobs" or "work" as the
// place one works: "the job", not "a new job".
func (p parsed) workNoun(k int) bool {
	switch strings.ToLower(p.word(k).Lemma) {
	case "job", "work":
		return true
	}
	return false
}

// atWork reports whether noun i, lemma l, is the job of "on the job" or
// "off the job": where work is done, no job given or taken.
func (p parsed) atWork(i int, l string) bool {
	if l != "job" {
		return false
	}
	switch p.caseOf(i) {
	case "on", "off":
	default:
		if h := p.head(i); h < 0 || p.rel(i) != "obj" || !p.walksOffJob(h) {
			return false // "walked off the job", the particle read apart
		}
	}
	d := p.dependentOf(i, "det")
	return d >= 0 && strings.EqualFold(p.word(d).Form, "the") && !p.hasDependent(i, "amod")
}

// startingTime reports whether verb i is "starting" or "beginning" as a
// preposition before a time: "free of charge starting next month",
// "beginning on Monday". It tells when another deed begins and has no
// subject or object of its own.
func (p parsed) startingTime(i int) bool {
	w := p.word(i)
	if w.XPOS != "VBG" || i+1 >= len(p.s.Words) || p.hasDependent(i, "nsubj") || p.hasDependent(i, "obj") || p.hasDependent(i, "aux") {
		return false
	}
	switch strings.ToLower(w.Form) {
	case "starting", "beginning":
	default:
		return false
	}
	next := i + 1
	if f := strings.ToLower(p.word(next).Form); (f == "on" || f == "in" || f == "from" || f == "with") && next+1 < len(p.s.Words) {
		next++
	}
	return p.inTimex(next)
}

// anyParticle reports whether verb v has a particle ("led them away"), by
// its full relation: rel and dependentOf drop the subtype.
func (p parsed) anyParticle(v int) bool {
	for k := range p.s.Words {
		if p.head(k) == v && p.word(k).Deprel == "compound:prt" {
			return true
		}
	}
	return false
}
