package extract

import "strings"

// "Arrested on suspicion of harbouring a fugitive" tells an arrest and
// the deed it is for. The one suspected is the one arrested, not the noun
// the parse hangs the deed on ("Suspicion harbouring a fugitive"), and the
// arrest reads whole without a ground whose deed is a clause of its own
// ("Two guards were arrested", not "… were arrested on suspicion"); a
// noun deed reads in the ground ("arrested on suspicion of trespass"). The suspicion itself stays a mention:
// ECB+ marks it (on ECB+ dev, dropping it cost detection R 86.7 → 84.9).

// arrestGround reports whether noun i, lemma l, is the suspicion an
// arrest or a detention is made on: "on suspicion of fraud", "under
// suspicion of helping the men escape".
func (p parsed) arrestGround(i int, l string) bool {
	if l != "suspicion" {
		return false
	}
	switch p.caseOf(i) {
	case "on", "under":
	default:
		return false
	}
	for k := range p.s.Words {
		if p.head(k) == i && (p.rel(k) == "nmod" && p.caseOf(k) == "of" || p.rel(k) == "acl" && p.openedBy(k, "of")) {
			return true
		}
	}
	return false
}

// suspectOf returns the one held on the suspicion noun h ("Two guards
// were arrested on suspicion of …", "police detained Ivo Renner on
// suspicion of …"): the passive subject or the object of the verb h
// hangs on, read through a relative pronoun; -1 when h is no such ground.
func (p parsed) suspectOf(h int) int {
	if !p.arrestGround(h, strings.ToLower(p.word(h).Lemma)) || p.rel(h) != "obl" {
		return -1
	}
	v := p.head(h)
	if v < 0 || p.word(v).UPOS != "VERB" {
		return -1
	}
	for _, rel := range []string{"nsubj:pass", "obj"} {
		for k := range p.s.Words {
			if p.head(k) == v && p.word(k).Deprel == rel {
				return p.antecedent(k)
			}
		}
	}
	return -1
}

// groundByDeed reports whether noun o is the suspicion of an arrest whose
// deed is a clause ("on suspicion of helping the men escape"), which a
// summary cannot quote whole.
func (p parsed) groundByDeed(o int) bool {
	if !p.arrestGround(o, strings.ToLower(p.word(o).Lemma)) {
		return false
	}
	for k := range p.s.Words {
		if p.head(k) == o && p.rel(k) == "acl" {
			return true
		}
	}
	return false
}
