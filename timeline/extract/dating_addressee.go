package extract

import "strings"

// addresseeDates gives the addressee of a verb of telling the day of the
// telling, not a time of what was told: in "Tanaka told a news conference
// that she had joined in 1998" the parse can make the clause told a
// relative clause of "conference", which then took 1998. After "told X",
// a "that" clause whose verb has a subject of its own and no other
// complement of the verb is the content told, so a time inside it is
// never the addressee's.
func (x *extractor) addresseeDates(p parsed, group []placed) {
	for _, pl := range group {
		ev := &x.res.Events[pl.event]
		v := pl.word
		h := p.head(v)
		if ev.When == nil || p.word(v).UPOS != "NOUN" || h < 0 || !tellsAddressee(p, h) {
			continue
		}
		if r := p.dependentOf(v, "acl"); r < 0 || !p.toldClause(r) || !p.timeInside(r, ev.When.Text) || p.dependentOf(h, "ccomp") >= 0 {
			continue
		}
		ev.When = nil
		for _, q := range group {
			if w := x.res.Events[q.event].When; q.word == h && w != nil {
				ev.When = carried(w, w.Basis)
			}
		}
	}
}

// tellingVerbs take an addressee and a clause told: "told the committee
// that …", "assured investors that …".
var tellingVerbs = map[string]bool{
	"tell": true, "inform": true, "assure": true, "remind": true, "brief": true,
	"notify": true, "warn": true, "advise": true, "reassure": true,
}

// tellsAddressee reports whether word h is a verb of telling whose
// addressee, not a thing said, its object names.
func tellsAddressee(p parsed, h int) bool {
	return p.word(h).UPOS == "VERB" && tellingVerbs[strings.ToLower(p.word(h).Lemma)]
}

// toldClause reports whether the relative clause at word r opens with
// "that" and has a subject of its own besides it: "… that she had
// joined", a clause told misread as relative.
func (p parsed) toldClause(r int) bool {
	that, subj := false, false
	for k := range p.s.Words {
		if p.head(k) != r {
			continue
		}
		if k < r && strings.EqualFold(p.word(k).Form, "that") {
			that = true
		} else if p.rel(k) == "nsubj" {
			subj = true
		}
	}
	return that && subj
}

// timeInside reports whether a time expression reading text lies in the
// subtree of word r.
func (p parsed) timeInside(r int, text string) bool {
	for _, c := range p.txs {
		if c.att >= 0 && (c.att == r || p.above(r, c.att)) && p.x.timexes[c.ref].Text == text {
			return true
		}
	}
	return false
}
