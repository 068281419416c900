package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// apposedDays dates by the day an event dated by a vaguer time that a
// day stands in apposition to: "had survived a confidence vote a month
// earlier, on 6 June" was on 6 June, not some day of June; "last week,
// on Tuesday" is that Tuesday. The day must fall within the vaguer time,
// which it restates.
func (x *extractor) apposedDays(p parsed, group []placed) {
	for _, pl := range group {
		ev := &x.res.Events[pl.event]
		if ev.When == nil || ev.When.Basis != BasisText || ev.When.Interval().Days() <= 1 {
			continue
		}
		if ref := x.apposedDay(p, ev.When); ref >= 0 {
			ev.When = x.when(ref)
		}
	}
}

// apposedDay returns the time expression of the sentence that restates
// date w as one of its days right after it, past a comma and an "on"
// ("a month earlier, on 6 June"), else -1.
func (x *extractor) apposedDay(p parsed, w *timeline.When) int {
	for _, c := range p.txs {
		tx := x.timexes[c.ref]
		if tx.Text != w.Text || tx.Interval == nil || tx.Interval.Start != w.Start {
			continue
		}
		next := -1
		for _, d := range p.txs {
			if s := x.timexes[d.ref].Start; s >= tx.End && (next < 0 || s < x.timexes[next].Start) {
				next = d.ref
			}
		}
		if next < 0 {
			return -1
		}
		day := x.timexes[next]
		gap := strings.TrimSpace(x.doc.Text[tx.End:day.Start])
		if gap != "," && gap != ", on" || day.Interval == nil || day.Interval.Days() != 1 ||
			day.Interval.Start.Before(w.Start) || day.Interval.End.After(w.End) {
			return -1
		}
		return next
	}
	return -1
}
