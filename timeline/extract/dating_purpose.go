package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// purposeDates gives a deed the day of the clause it opens, not the day
// of what it is for: in "Campaigning for Sunday's election resumed on
// Saturday" the campaigning is Saturday's, the election Sunday's; a
// deed is done before what it prepares for. Only the day of a thing "for"
// marks as the deed's purpose ("Sunday's election") is let go, and only
// for the day the governing verb has, or none when it has none.
func (x *extractor) purposeDates(p parsed, group []placed) {
	for _, pl := range group {
		ev := &x.res.Events[pl.event]
		v := pl.word
		if ev.When == nil || !p.purposeTime(v, ev.When.Text, group) {
			continue
		}
		h := p.head(v)
		ev.When = nil
		for _, q := range group {
			if w := x.res.Events[q.event].When; q.word == h && h >= 0 && w != nil && w.Text != "" && !p.purposeTime(v, w.Text, group) {
				ev.When = carried(w, w.Basis)
				if ev.Status == timeline.Expected && x.res.Events[q.event].Status == timeline.Occurred {
					ev.Status = timeline.Occurred // put after publication by the purpose's day alone
				}
			}
		}
	}
}

// purposeTime reports whether the time expression reading text is the
// possessive of an event noun that "for" attaches to word v: "campaigning
// for Sunday's election", not "is for today's youth".
func (p parsed) purposeTime(v int, text string, group []placed) bool {
	for _, c := range p.txs {
		t := c.top
		if t < 0 || p.word(t).Deprel != "nmod:poss" || p.x.timexes[c.ref].Text != text {
			continue
		}
		n := p.head(t)
		if n < 0 || p.head(n) != v || eventAtWord(p.x, group, n) == nil {
			continue
		}
		for k := range p.s.Words {
			if p.head(k) == n && p.rel(k) == "case" && strings.EqualFold(p.word(k).Form, "for") {
				return true
			}
		}
	}
	return false
}
