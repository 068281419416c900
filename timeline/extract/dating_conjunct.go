package extract

import "github.com/storyline/storyline/timeline"

// conjunctDates gives an undated past verb coordinated with a dated one,
// sharing its subject, that verb's date: in "In a speech on Tuesday,
// Erdogan called the killing savage and dismissed the Saudi account" the
// dismissal was in the same speech. A verb of saying or rejecting is told
// of its own day when it stands alone (see carryStory), but one joined to
// another deed of the same doer goes with it, as sayingAlongside has a
// saying do. A conjunct with a subject or a time of its own keeps none,
// nor one in a relative clause ("Mattis, who sat on the board and
// invested $85,000"): background, not the news of the date.
func (x *extractor) conjunctDates(p parsed, group []placed) {
	for _, pl := range group {
		ev := &x.res.Events[pl.event]
		v := pl.word
		if ev.When != nil || ev.Status != timeline.Occurred && ev.Status != timeline.Denied || p.word(v).UPOS != "VERB" || p.rel(v) != "conj" ||
			p.tense(v) != past || !p.mainClause(v) || p.dependentOf(v, "nsubj") >= 0 || p.dependentOf(v, "nsubj:pass") >= 0 || p.hasTimeOfItsOwn(v) {
			continue
		}
		h := p.head(v)
		if p.stateAfter(v, h) {
			continue // "left the army in 2022 and worked at the port": the state after
		}
		first := eventAtWord(x, group, h)
		if first == nil || first.When == nil || p.tense(h) != past || first.Status != timeline.Occurred ||
			first.When.Basis != "" && first.When.Basis != BasisText && first.When.Basis != BasisNarrative {
			continue
		}
		ev.When = carried(first.When, first.When.Basis)
	}
}
