package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// relativeWhenDates gives the events of a clause that "when" opens right
// after a time expression that expression's own date: in "led the
// country from 2012 until 2020, when he stepped down" he stepped down in
// 2020, not over the range the parse hung the clause under ("led"). The
// "when" of such a clause stands for the time just named.
func (x *extractor) relativeWhenDates(p parsed, group []placed) {
	for _, pl := range group {
		ev := &x.res.Events[pl.event]
		if ev.When == nil || ev.When.Basis != "" && ev.When.Basis != BasisText {
			continue
		}
		k := p.relativeWhen(p.clauseOf(pl.word))
		if k < 0 {
			continue
		}
		at := p.word(k).Start
		for _, tx := range x.timexes {
			if tx.Interval == nil || tx.End > at || strings.Trim(x.doc.Text[tx.End:at], ", ") != "" {
				continue
			}
			if old := ev.When.Text; old != tx.Text && strings.HasSuffix(old, tx.Text) {
				iv := tx.Interval
				ev.When = &timeline.When{Start: iv.Start, End: iv.End, Value: tx.Value, Granularity: iv.Granularity, Text: tx.Text, Doc: x.doc.ID, Basis: BasisText}
				for _, q := range group {
					// "…, citing ill health": what goes with it, too, as
					// an adverbial clause or the complement the parse may
					// take the participle for
					if e := &x.res.Events[q.event]; p.head(q.word) == pl.word && p.goesWith(q.word) && e.When != nil && e.When.Text == old {
						e.When = carried(ev.When, BasisText)
					}
				}
			}
			break
		}
	}
}

// relativeWhen returns the "when" that opens clause v, put before its
// verb as an adverb ("…, when he stepped down"), or -1.
func (p parsed) relativeWhen(v int) int {
	for k := 0; k < v; k++ {
		if p.head(k) == v && p.rel(k) == "advmod" && strings.EqualFold(p.word(k).Form, "when") {
			return k
		}
	}
	return -1
}

// goesWith reports whether clause q tells what goes with the verb it
// hangs from: an adverbial clause, or a participle the parse took for a
// complement ("stepped down citing ill health").
func (p parsed) goesWith(q int) bool {
	switch p.rel(q) {
	case "advcl":
		return true
	case "xcomp":
		return p.word(q).XPOS == "VBG" && p.tense(q) == nonFinite
	}
	return false
}
