package extract

import "strings"

// chargingVerbs hold what they charge as someone's word, not as fact:
// "accused them of helping to plan an attack" tells an allegation.
// "Convicted of" tells a court's finding, and stays what happened.
var chargingVerbs = set("accuse charge suspect indict allege")

// chargeCases are the prepositions a verb of charging puts its crime
// after, as a noun: "charged with murder", "accused of fraud", "indicted
// for fraud", "indicted on charges", "suspected of arson".
var chargeCases = map[string]string{"charge": "with", "accuse": "of", "suspect": "of", "indict": "for on"}

// chargeNouns name an allegation: the crime they are of, or compound with,
// is alleged ("charges of murder", "murder charges", "on suspicion of
// arson").
var chargeNouns = set("charge accusation allegation suspicion indictment")

// chargedWith reports whether c is what someone is charged with, an
// allegation rather than a deed told as fact: the gerund of "accused
// Dahl of taking bribes" (or of "accused each other of tampering", which
// the parse hangs on "other"), the noun of "charged with first-degree
// murder" or "murder charges", and what the accused is said to have
// tried or begun ("accused the team of trying to overturn the result").
func (p parsed) chargedWith(c int) bool {
	for hops := 0; hops < 3 && c >= 0 && p.rel(c) == "xcomp" && p.tense(c) == nonFinite; hops++ {
		// "of trying to overturn": the overturning is no more than the
		// trying; a finite verb the parser hung there is not ("who was
		// charged with tampering with ballots pleaded not guilty").
		c = p.head(c)
	}
	h := p.head(c)
	if h < 0 {
		return false
	}
	if p.word(c).UPOS == "NOUN" {
		lemma := strings.ToLower(p.word(h).Lemma)
		switch {
		case p.word(h).UPOS == "VERB" && p.rel(c) == "obl":
			cases := chargeCases[lemma]
			return cases != "" && p.caseOf(c) != "" && strings.Contains(" "+cases+" ", " "+p.caseOf(c)+" ")
		case p.word(h).UPOS == "NOUN" && chargeNouns[lemma]:
			return p.rel(c) == "compound" || p.rel(c) == "nmod" && p.caseOf(c) == "of"
		case p.rel(c) == "nmod" && p.rel(h) == "obj":
			// "accused Holm of arson": the parse hangs the crime on the accused
			v := strings.ToLower(p.word(p.head(h)).Lemma)
			return chargingVerbs[v] && p.caseOf(c) == chargeCases[v]
		}
		return false
	}
	for hops := 0; hops < 2 && h >= 0 && (p.rel(h) == "fixed" || p.rel(h) == "obj" && p.word(h).UPOS != "VERB"); hops++ {
		if p.rel(h) == "obj" && p.word(c).Deprel == "advcl" && p.openedBy(c, chargeCases[strings.ToLower(p.word(p.head(h)).Lemma)]) {
			return chargingVerbs[strings.ToLower(p.word(p.head(h)).Lemma)] // "accused each other of tampering"
		}
		h = p.head(h)
	}
	return h >= 0 && p.objectGerund(c, h) && chargingVerbs[strings.ToLower(p.word(h).Lemma)]
}

// openedBy reports whether clause c opens with one of the space-separated
// words marks ("of", "with").
func (p parsed) openedBy(c int, marks string) bool {
	for k := range p.s.Words {
		if p.head(k) == c && (p.word(k).Deprel == "mark" || p.word(k).Deprel == "case") {
			return marks != "" && strings.Contains(" "+marks+" ", " "+strings.ToLower(p.word(k).Form)+" ")
		}
	}
	return false
}

// allegedUndated takes from what someone is charged with the date it took
// from the charge: "was indicted for fraud on Monday" dates the
// indictment, and the fraud, whenever it was, came before it. A time of
// its own stays ("accused him of killing two men on Saturday"), but not
// a noun's.
func (x *extractor) allegedUndated(p parsed, group []placed) {
	for _, pl := range group {
		// A noun's own time is the parser's: "charged with murder on
		// Monday" hangs Monday on the murder.
		ownTime := p.word(pl.word).UPOS != "NOUN" && p.hasTimeOfItsOwn(pl.word)
		if ev := &x.res.Events[pl.event]; ev.When != nil && p.chargedWith(pl.word) && !ownTime {
			ev.When = nil
		}
	}
}
