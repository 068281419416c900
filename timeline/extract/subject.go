package extract

import (
	"strings"
)

// subjectKind says what the search for a subject found.
type subjectKind uint8

const (
	subjNone     subjectKind = iota // reached the start of the segment
	subjFound                       // an actor, a resolved pronoun, or a pair
	subjFirst                       // "we" or "I"
	subjBlocked                     // a subject that names no actor: "officials", "it"
	subjRelative                    // "who" or "which": the antecedent is the subject
	subjShared                      // "and": the subject of the clause before
	subjGerund                      // a preposition: "of negotiating"
)

// leftSubject finds the subject of the verb at v: it skips the verb's
// auxiliaries, an infinitive's governing verb ("are expected to speak"),
// times and prepositional phrases, and reads what stands before them.
func (s *sentence) leftSubject(v, lo int) ([]int, subjectKind) {
	if a := s.raisedSubject(v, lo); a >= 0 {
		return s.coordinated(a), subjFound
	}
	j := s.skipChain(v-1, lo)
	nearest := j
	for j >= lo {
		t := s.toks[j]
		switch t.kind {
		case tTimex:
			j--
			if j >= lo && s.toks[j].kind == tWord && s.toks[j].has(cPrep) {
				j-- // "Grushko, on Monday said"
			}
			j = s.skipChain(j, lo) // "who just recently travelled"
			continue
		case tActor:
			if s.subjectAt(j, j+1) {
				return s.coordinated(j), subjFound
			}
			if p := s.prepIndex(j); p >= 0 {
				if s.partitiveLead(j) {
					return s.coordinated(j), subjFound // "hundreds of residents marched"
				}
				if j == nearest && p == j-1 && subordinating(s.toks[p].low) && s.toks[p].has(cClause) {
					return s.coordinated(j), subjFound // "after Russia failed to explain": a clause, no phrase of time
				}
				if s.toks[p].low == "from" && p == j-1 && p > lo && s.toks[p-1].kind == tWord && !s.toks[p-1].has(cDet) {
					return s.coordinated(j), subjFound // "negotiators from Norland"
				}
				j = p - 1
				continue
			}
			return nil, subjBlocked
		case tPunct:
			return nil, subjBlocked
		}
		w := t.low
		switch {
		case w == "he" || w == "she":
			if m := s.x.resolvePronoun(s, j); m >= 0 {
				return []int{m}, subjFound
			}
			return nil, subjBlocked
		case w == "it":
			if m := s.x.resolveIt(s, j); m >= 0 {
				return []int{m}, subjFound
			}
			if j == 0 && (s.isPassive(v) || !s.beforeBe(v)) {
				if m := s.x.itBefore(s.span.Start, s.isPassive(v)); m >= 0 {
					return []int{m}, subjFound // "…, the Garnet Tower, collapsed. It was completed"
				}
			}
			return nil, subjBlocked
		case w == "they":
			if m := s.x.resolveThey(s, j); m >= 0 {
				return []int{m}, subjFound
			}
			return nil, subjBlocked
		case w == "we" || w == "i":
			return nil, subjFirst
		case groupPronouns[w] && (wordAt(s.toks, j-1) == "the" || w == "both"):
			if pair := s.x.lastTwoPersons(s, j); pair != nil {
				return pair, subjFound
			}
			return nil, subjBlocked
		case w == "who" || w == "which" || w == "that" || w == "whom":
			return nil, subjRelative
		case coordinators[w]:
			return nil, subjShared
		case prepositions[w]:
			return nil, subjGerund
		}
		if p := s.prepIndex(j); p >= 0 && !strings.HasSuffix(s.toks[v].low, "ing") {
			j = p - 1 // "officials in Washington say": skip the phrase
			continue
		}
		if a := s.modifierOf(j); a >= 0 {
			return s.coordinated(a), subjFound // "a senior US official said"
		}
		return nil, subjBlocked
	}
	return nil, subjNone
}

// prepIndex returns the preposition that governs the token at i, or -1.
func (s *sentence) prepIndex(i int) int {
	for k, steps := i-1, 0; k >= 0 && steps < 4; k, steps = k-1, steps+1 {
		t := s.toks[k]
		if t.kind == tPunct {
			return -1
		}
		if t.kind == tWord && t.has(cPrep) {
			return k
		}
		if t.kind == tWord && (t.low == "and" || t.low == "or") && k > 0 && s.toks[k-1].kind == tActor {
			return s.prepIndex(k - 1) // "led by Rubio and national security adviser Waltz"
		}
		if t.kind == tWord && (t.has(cClause) || t.has(cAux)) {
			return -1
		}
	}
	return -1
}

// modifierOf returns the actor that modifies the noun at j ("US
// officials", "a senior Russian official"), or -1.
func (s *sentence) modifierOf(j int) int {
	for k := j - 1; k >= 0 && k >= j-2; k-- {
		t := s.toks[k]
		if t.kind == tActor {
			if t.poss {
				return -1
			}
			return k
		}
		if t.kind != tWord || !t.has(cModHead) {
			return -1
		}
	}
	return -1
}

// antecedent finds the actor a relative clause starting at segment si
// hangs on, skipping appositions: "Steve Witkoff, the US special envoy,
// who met …".
func (s *sentence) antecedent(si int) []int {
	for k := si - 1; k >= 0; k-- {
		g := s.segs[k]
		if g.empty() || s.appositive(g) {
			continue
		}
		if j := g.hi - 1; s.toks[j].kind == tActor && !s.toks[j].poss {
			return s.coordinated(j)
		} else if a := s.modifierOf(j); a >= 0 && s.toks[j].kind == tWord {
			return s.coordinated(a) // "European leaders, who held"
		}
		return nil
	}
	return nil
}

// appositive reports whether g is a noun phrase set off by commas that
// describes the actor before it: "the US special envoy", "80".
func (s *sentence) appositive(g segment) bool {
	f := s.toks[g.lo]
	if g.hasVerb || !s.actorBefore(g.lo) {
		return false
	}
	if f.kind == tWord && (f.has(cDet) || isNumber(f.low) || f.has(cModHead)) {
		return true
	}
	if f.kind == tActor && g.hi == g.lo+1 {
		return true // "in Riyadh, Saudi Arabia, on Tuesday"
	}
	return f.kind == tActor && (f.poss || s.isModifier(g.lo)) && !s.segHasSubject(g)
}

// actorBefore reports whether an actor ends the text before token i,
// across the punctuation between them.
func (s *sentence) actorBefore(i int) bool {
	k := i - 1
	for k >= 0 && s.toks[k].kind == tPunct {
		k--
	}
	return k >= 0 && s.toks[k].kind == tActor
}

func (s *sentence) segHasSubject(g segment) bool {
	for j := g.lo; j < g.hi; j++ {
		if s.toks[j].kind == tActor && !s.toks[j].poss && !s.isModifier(j) && s.prepBefore(j) == "" {
			return true
		}
	}
	return false
}

func isNumber(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// isRelative reports whether segment si is a relative clause.
func (s *sentence) isRelative(si int) bool {
	g := s.segs[si]
	switch g.first(s.toks) {
	case "who", "which", "whose", "whom":
		return true
	case "that":
		return si > 0 && s.segs[si-1].reportedBy == g.reportedBy && !s.segs[si-1].hasVerb
	}
	return false
}

// verbRoles finds the agent and the others of the verb at v (a trigger or
// the light verb of an event noun).
func (s *sentence) verbRoles(v, last int) roleSet {
	var r roleSet
	si := s.segOf[v]
	g := s.segs[si]
	subj, how := s.leftSubject(v, g.lo)
	inverted := false
	switch how {
	case subjFirst:
		r.firstPerson = true
	case subjRelative:
		subj = s.antecedent(si)
	case subjShared:
		r.inherit = true
	case subjNone:
		switch {
		case s.inversion(v, last):
			subj, inverted = []int{s.toks[last+1].ref}, true
		case s.isRelative(si):
			subj = s.antecedent(si)
		case g.coord:
			r.inherit = true
		case v == g.lo && strings.HasSuffix(s.toks[v].low, "ing"):
			r.inherit = true // a participle: "…, stating that"
		default:
			if _, _, own := s.subjectSpan(v); !own {
				subj = s.earlierSubject(si) // "Grushko, on Monday, said"; not "…, until the club hired him"
			}
		}
	}
	r.inverted = inverted
	if s.isRelative(si) && (how == subjFound || how == subjBlocked) && patientVerb(s.toks[v].low) {
		r.patients = s.antecedent(si) // "the Donbas, which it annexed"
	}
	if s.isPassive(v) {
		r.passive = true
		if s.beforeBe(v) {
			r.patients = subj
		}
		r.agents = nil
		if by := s.byAgent(last + 1); by >= 0 {
			r.agents = []int{by}
		}
		r.inherit = false
		return r
	}
	r.agents = subj
	return r
}

// patientVerb reports whether the verb at hand acts on an object, which a
// relative clause's antecedent then is.
func patientVerb(w string) bool {
	e, ok := verbs[w]
	return ok && patientKinds[e.kind]
}

// inversion reports whether a saying verb at the start of its clause is
// followed by its speaker: "…, said Tymofiy Mylovanov, president of …".
func (s *sentence) inversion(v, last int) bool {
	e, ok := verbs[s.toks[v].low]
	if !ok || !invertible[e.lemma] || last+1 >= len(s.toks) || s.toks[last+1].kind != tActor {
		return false
	}
	k := last + 2
	return k >= len(s.toks) || s.toks[k].kind == tPunct
}

var invertible = set("say add state write note ask reply explain insist argue")

// earlierSubject looks for the subject in the segments before si of the
// same clause: "Russia's Deputy Foreign Minister, Alexander Grushko, on
// Monday said".
func (s *sentence) earlierSubject(si int) []int {
	g := s.segs[si]
	for k := si - 1; k >= 0; k-- {
		p := s.segs[k]
		if p.empty() {
			continue
		}
		if p.reportedBy != g.reportedBy || p.quoted != g.quoted {
			return nil
		}
		if s.isRelative(k) || s.appositive(p) || prepositions[p.first(s.toks)] || clauseWords[p.first(s.toks)] {
			continue // "Graham, who travelled to Moscow, where he met officials, said"
		}
		if p.hasVerb {
			return nil
		}
		for j := p.hi - 1; j >= p.lo; j-- {
			if s.toks[j].kind == tActor && s.subjectAt(j, p.hi) {
				return s.coordinated(j)
			}
		}
	}
	return nil
}

// subjectAfter finds the subject of the main clause after a fronted
// phrase: "After talks with the US, Lavrov said".
func (s *sentence) subjectAfter(si int) []int {
	for k := si + 1; k < len(s.segs); k++ {
		p := s.segs[k]
		if p.empty() || prepositions[p.first(s.toks)] {
			continue
		}
		if relativeWords[p.first(s.toks)] {
			// "in response to an attack that killed 1,200 people and took
			// 251 hostages": the relative clause tells of the noun before
			// it; its names are no subject the phrase leads into.
			continue
		}
		for j := p.lo; j < p.hi; j++ {
			if s.toks[j].kind == tActor && !s.toks[j].poss && s.prepBefore(j) == "" && !s.isModifier(j) {
				if j+2 < p.hi && wordAt(s.toks, j+1) == "and" && s.toks[j+2].kind == tActor && !s.toks[j+2].poss {
					return []int{s.toks[j].ref, s.toks[j+2].ref} // "…, Berg and Holm agreed"
				}
				return s.coordinated(j)
			}
		}
		if p.hasVerb {
			return nil
		}
	}
	return nil
}

// isPassive reports whether the verb at v is a passive participle: a form
// of "be" before it, or "by" after it.
func (s *sentence) isPassive(v int) bool {
	e, ok := verbs[s.toks[v].low]
	if !ok || e.form != formPast {
		return false
	}
	if wordAt(s.toks, v+1) == "by" && s.byAgent(v+1) >= 0 {
		return true
	}
	return s.beforeBe(v)
}

// beforeBe reports whether a form of "be" stands in the verb's chain,
// across adverbs: "was fatally shot", "was originally called".
func (s *sentence) beforeBe(v int) bool {
	for j := v - 1; j >= 0 && s.toks[j].kind == tWord && (s.toks[j].has(cAux) || isAdverb(s.toks[j].low)); j-- {
		if s.toks[j].has(cBe) {
			return true
		}
	}
	return false
}

// byAgent returns the actor of "by X" starting at i, or -1.
func (s *sentence) byAgent(i int) int {
	if wordAt(s.toks, i) != "by" {
		return -1
	}
	for k := i + 1; k < len(s.toks) && k <= i+3; k++ {
		if s.toks[k].kind == tActor {
			return s.toks[k].ref
		}
		if s.toks[k].kind != tWord || !s.toks[k].has(cDet) && !s.capitalised(k) {
			break // a title may stand before the name: "by President Carl Dahl"
		}
	}
	return -1
}
