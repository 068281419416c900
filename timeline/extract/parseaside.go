package extract

import "github.com/storyline/storyline/timeline/language"

// conjunctAfterAside hangs a verb that "and" joins after a speaker's
// aside on the clause the aside interrupts: in "An armed man took nine
// people hostage, police said, and demanded a helicopter" the man made
// the demand, but the parse joined it to "said", and the police demanded
// the helicopter. The verb has no subject of its own and the saying is
// set off after the clause it reports.
func conjunctAfterAside(ws []language.Word, v int) {
	say := ws[v].Head - 1
	if ws[v].Deprel != "conj" || ws[v].UPOS != "VERB" || say < 0 || say > v || ws[say].Deprel != "parataxis" ||
		!reportingVerb(ws[say].Lemma) || hasRelation(ws, v, "nsubj") || hasRelation(ws, v, "nsubj:pass") {
		return
	}
	r := ws[say].Head - 1
	if r < 0 || r > say || ws[r].UPOS != "VERB" || !hasRelation(ws, r, "nsubj") && !hasRelation(ws, r, "nsubj:pass") {
		return
	}
	ws[v].Head = r + 1
}

// asideBetween reports whether a speaker's aside hangs on verb c between
// it and its conjunct w: "took nine people hostage, police said, and
// demanded".
func (p parsed) asideBetween(c, w int) bool {
	for k := c + 1; k < w; k++ {
		if p.head(k) == c && p.word(k).Deprel == "parataxis" && reportingVerb(p.word(k).Lemma) {
			return true
		}
	}
	return false
}
