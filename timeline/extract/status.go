package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// modality is what the words around a verb say of whether its event
// happened.
type modality struct {
	neg, will, may, would, to bool
	governor                  string // the word an infinitive hangs on: "expected to speak"
	govNeg                    bool
}

// verbModality reads the auxiliaries, negation and infinitive marker
// before the verb at v.
func (s *sentence) verbModality(v int) modality {
	if g := v - 1; g >= 0 && strings.HasSuffix(s.toks[v].low, "ing") && s.toks[g].kind == tWord && s.governsGerund(g) {
		return s.verbModality(g) // "might consider offering"
	}
	var m modality
	j := v - 1
	for ; j >= 0 && s.toks[j].kind == tWord; j-- {
		w := s.toks[j].low
		if !auxiliaries[w] && !isAdverb(w) && !negations[w] && !strings.HasSuffix(w, "n't") &&
			!strings.HasSuffix(w, "'ll") && !strings.HasSuffix(w, "'d") && w != "cannot" {
			break
		}
		m.read(w)
		if w == "to" {
			m.to = true
			m.governor, m.govNeg = s.governorBefore(j)
			break
		}
	}
	return m
}

func (m *modality) read(w string) {
	switch {
	case negations[w], strings.HasSuffix(w, "n't"), w == "cannot":
		m.neg = true
	}
	switch {
	case modalsWill[w], strings.HasSuffix(w, "'ll"), w == "won't":
		m.will = true
	case w == "would" || w == "'d" || strings.HasSuffix(w, "'d") || w == "wouldn't":
		m.would = true
	case modalsMay[w], w == "couldn't", w == "can't", w == "shouldn't", w == "mightn't":
		m.may = true
	}
}

// governsGerund reports whether the word at g is a verb that governs the
// gerund after it.
func (s *sentence) governsGerund(g int) bool {
	w := s.toks[g].low
	return !s.chainWord(w) && !prepositions[w] && !determiners[w] && !clauseWords[w] &&
		!coordinators[w] && !pronounSubject[w] && !isNumber(w)
}

// governorBefore returns the word before "to" at j, skipping "be" forms
// and adverbs, and whether it is negated.
func (s *sentence) governorBefore(j int) (string, bool) {
	k := j - 1
	for k >= 0 && (s.toks[k].kind == tTimex || s.toks[k].kind == tWord && isAdverb(s.toks[k].low) ||
		s.toks[k].kind == tWord && s.toks[k].has(cPrep) && k+1 < len(s.toks) && s.toks[k+1].kind == tTimex) {
		k--
	}
	switch {
	case k >= 0 && s.toks[k].kind == tActor && !s.toks[k].poss:
		k-- // "expects the US president to speak"
	case k >= 0 && objectPronouns[s.toks[k].low]:
		k-- // "asked him to"
	case k >= 1 && groupPronouns[wordAt(s.toks, k-1)]:
		k -= 2 // "expected the two presidents to speak"
	}
	for k >= 0 && s.toks[k].kind == tWord && s.toks[k].has(cDet) {
		k--
	}
	if k < 0 || s.toks[k].kind != tWord {
		return "", false
	}
	gov := s.toks[k].low
	neg := false
	for i := k - 1; i >= 0 && i >= k-3 && s.toks[i].kind == tWord; i-- {
		w := s.toks[i].low
		if negations[w] || strings.HasSuffix(w, "n't") {
			neg = true
		}
	}
	return gov, neg
}

// status turns modality into an event status.
func (m modality) status(clauseIf bool) string {
	switch {
	case m.to && clauseIf:
		return timeline.Hypothetical // "if the cabinet voted to approve the deal"
	case m.to:
		return governedStatus(m.governor, m.govNeg)
	case m.neg:
		return timeline.Denied
	case m.will:
		return timeline.Planned
	case m.may || m.would || clauseIf:
		return timeline.Hypothetical
	}
	return timeline.Occurred
}

func governedStatus(gov string, neg bool) string {
	switch {
	case governDenied[gov]:
		return timeline.Denied
	case neg:
		return timeline.Hypothetical
	case governExpected[gov]:
		return timeline.Expected
	case governPlanned[gov]:
		return timeline.Planned
	case governOccurred[gov]:
		return timeline.Occurred
	case gov == "is" || gov == "are" || gov == "was" || gov == "were" || gov == "'s" || gov == "'re":
		return timeline.Planned // "is to meet", "was to return": an arrangement (arrangedByBe)
	}
	if decidingVerbs[gov] || gov == "vote" || gov == "votes" || gov == "decide" || gov == "decides" {
		return timeline.Planned // "voted to strike", "decided to leave"
	}
	if e, ok := verbs[gov]; ok && e.form == formPast && e.kind == KindAgreement {
		return timeline.Planned // "agreed to meet"
	}
	return timeline.Hypothetical
}

// nounStatus reads what governs an event noun: "expects a call",
// "upcoming talks", "no call", "potential concessions".
func (s *sentence) nounStatus(n int) string {
	lo := s.seg(n).lo
	for j, steps := n-1, 0; j >= lo && steps < 5; j, steps = j-1, steps+1 {
		t := s.toks[j]
		if t.kind != tWord {
			if t.kind == tPunct {
				break
			}
			continue
		}
		switch {
		case t.low == "no", governDenied[t.low]:
			return timeline.Denied // "no call", "cancelled the meeting"
		case governExpected[t.low]:
			return timeline.Expected
		case governPlanned[t.low]:
			return timeline.Planned
		case governHypo[t.low]:
			return timeline.Hypothetical
		case governOccurred[t.low]:
			return timeline.Occurred
		case t.low == "for":
			// "called for talks", "pushed for a truce": the verb
			// before says; "arrested for the murder" goes on to
			// Occurred.
		case t.has(cPrep) && t.low != "of":
			return timeline.Occurred
		}
	}
	return timeline.Occurred
}

// clauseIsConditional reports whether the segment holding token i starts
// with if, unless or whether.
func (s *sentence) clauseIsConditional(i int) bool {
	switch s.seg(i).first(s.toks) {
	case "if", "unless", "whether":
		return true
	}
	return false
}

// xcompHead returns the verb whose infinitive clause c is, or one of
// whose conjuncts it is ("urged them to stay and to fight"; not "agrees
// to pause strikes but rejects a ceasefire"), or -1. A bare verb after
// "and" the tagger reads as a present with no subject of its own is such
// a conjunct ("urged residents to boil water and wash their hands"). The
// parser makes the infinitive an adverbial clause when a time or place
// comes between ("voted on Friday to strike"): it is the verb's all the
// same.
func (p parsed) xcompHead(c int) int {
	if h := p.head(c); h >= 0 && p.word(c).Deprel == "conj" && p.word(h).Deprel == "xcomp" &&
		(p.word(c).XPOS == "VB" || p.word(c).XPOS == "VBP" && !p.hasDependent(c, "nsubj") && !p.hasDependent(c, "aux")) {
		c = h
	}
	if p.word(c).Deprel != "xcomp" && !p.infinitiveAfterSetting(c) && !p.forToClause(c) {
		return -1
	}
	return p.head(c)
}

// forToClause reports whether c is an infinitive whose subject "for"
// opens ("called for the talks to resume"): its verb governs it as it
// would an infinitive without a subject.
func (p parsed) forToClause(c int) bool {
	if p.rel(c) != "advcl" || !p.hasToMark(c) {
		return false
	}
	for k := 0; k < c; k++ {
		if p.head(k) == c && p.rel(k) == "mark" && strings.EqualFold(p.word(k).Form, "for") {
			return true
		}
	}
	return false
}

// infinitiveAfterSetting reports whether c is a to-infinitive with no
// subject of its own that the parser hung on its verb as an adverbial
// clause because an oblique or adverb stands between them: "voted on
// Friday to strike", "agreed last week to meet".
func (p parsed) infinitiveAfterSetting(c int) bool {
	h := p.head(c)
	if h < 0 || h > c || p.word(c).Deprel != "advcl" || !p.hasToMark(c) || p.hasDependent(c, "nsubj") {
		return false
	}
	for k := h + 1; k < c; k++ {
		if p.head(k) == h && (p.rel(k) == "obl" || p.rel(k) == "advmod") {
			return true
		}
	}
	return false
}

// mustStatus is the status "must" gives clause c: what must be done is
// still to do ("the recount must be completed within three weeks"), what
// must have been is a guess ("the ballots must have been lost").
func (p parsed) mustStatus(c int) string {
	for k := range p.s.Words {
		if p.head(k) == c && p.rel(k) == "aux" && strings.EqualFold(p.word(k).Lemma, "have") {
			return timeline.Hypothetical
		}
	}
	return timeline.Planned
}

// tooToDo reports whether c is the infinitive of "too ... to": what is
// too close to call, or too damaged to reopen, is not called or reopened.
func (p parsed) tooToDo(c int) bool {
	h := p.head(c)
	if h < 0 || p.rel(c) != "xcomp" && p.rel(c) != "advcl" || !p.hasToMark(c) {
		return false
	}
	for k := range p.s.Words {
		if p.head(k) == h && k < c && p.rel(k) == "advmod" && strings.EqualFold(p.word(k).Form, "too") {
			return true
		}
	}
	return false
}

// possibilityOf reports whether clause c, a gerund, is what a verb of
// ruling out names: a possibility, whether ruled out or not ("could not
// rule out needing to remove containers", "ruled out raising taxes").
func (p parsed) possibilityOf(c int) bool {
	h := p.head(c)
	if h < 0 || p.word(c).XPOS != "VBG" || p.rel(c) != "xcomp" && p.rel(c) != "obj" && p.rel(c) != "ccomp" && p.rel(c) != "advcl" {
		return false
	}
	if !strings.EqualFold(p.word(h).Lemma, "rule") {
		return false
	}
	k := p.dependentOf(h, "compound")
	return k >= 0 && strings.EqualFold(p.word(k).Form, "out")
}

// onCondition reports whether clause c has a clause that sets a
// condition on it ("if they cooperate, the ship can leave", "can leave
// once the fine is paid"): what "can" then allows is no more than
// possible. A bare "can" is left as it is read: TimeML dates "prices
// can rise" as a present state (on eventtime dev, making every "can"
// hypothetical lost 0.2 points of dated recall).
func (p parsed) onCondition(c int) bool {
	for k := range p.s.Words {
		if p.head(k) != c || p.rel(k) != "advcl" {
			continue
		}
		if m := p.dependentOf(k, "mark"); m >= 0 {
			switch strings.ToLower(p.word(m).Form) {
			case "if", "unless", "once", "until", "provided":
				return true
			}
		}
	}
	return false
}
