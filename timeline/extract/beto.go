package extract

import "strings"

// arrangedByBe reports whether infinitive c is the event a copula with
// "to" arranges: "the ship is to sail on Tuesday", "the crew was to
// return by Friday", "the mission was to bring the crew home". Told in
// the past it is still an arrangement, not a deed: whether the crew came
// home is for another sentence to say. With a perfect ("was to have
// met") the plan fell through, which the perfect's own reading tells.
func (p parsed) arrangedByBe(c int) bool {
	if p.word(c).UPOS != "VERB" || p.word(c).XPOS != "VB" || !p.hasToMark(c) || strings.EqualFold(p.word(c).Lemma, "blame") {
		return false // "the driver was to blame": at fault, no plan
	}
	be := false
	for k := range p.s.Words {
		if p.head(k) != c {
			continue
		}
		switch p.rel(k) {
		case "cop":
			be = strings.EqualFold(p.word(k).Lemma, "be")
		case "aux":
			return false // "was to have met", "is going to"
		}
	}
	return be
}
