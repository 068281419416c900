package extract

import "strings"

// speakerRelativeDays undates an event that took its time from a relative
// clause on its subject told after the verb: "\"We had two options,\"
// said Anna Berg, who took office in March" was said on the day of the
// report, not in March. The relative clause says who the speaker is; its
// time is its own. (One before the verb is left out where the time is
// read, see inSubjectRelative; a clause that tells when an event noun
// took place still dates its verb, see occasionOfSubject.) The events of
// the sentence are then dated as if it had no such time.
func (x *extractor) speakerRelativeDays(p parsed, group []placed) {
	for _, pl := range group {
		ev := &x.res.Events[pl.event]
		if ev.When == nil {
			continue
		}
		v := p.clauseOf(pl.word)
		for _, c := range p.txs {
			tx := x.timexes[c.ref]
			if c.att < 0 || tx.Interval == nil || tx.Text != ev.When.Text || tx.Interval.Start != ev.When.Start {
				continue
			}
			if r := p.subjectRelativeAfter(c.att, v); r >= 0 && !p.occasionOfSubject(v, r) {
				ev.When = nil
			}
			break
		}
	}
}

// subjectRelativeAfter returns the relative clause that word k lies in
// when that clause is on a subject of verb v standing after v ("said Anna
// Berg, who took office in March"), else -1.
func (p parsed) subjectRelativeAfter(k, v int) int {
	for hops := 0; k >= 0 && k != v && hops < len(p.s.Words); k, hops = p.head(k), hops+1 {
		n := p.head(k)
		if p.word(k).Deprel == "acl:relcl" && n > v && p.head(n) == v && strings.HasPrefix(p.rel(n), "nsubj") {
			return k
		}
	}
	return -1
}
