package extract

import (
	"cmp"
	"slices"
	"strings"

	"github.com/storyline/storyline/timeline"
)

// background is the story's time (see date) once a date of the
// background has ended the thread (see storyTime): a past event after it
// takes neither that date nor the publication day.
var background = &timeline.When{}

// firstNews reports whether past verb i, in a story that has set no time
// yet, is told as the day's news and so of the publication day: a news
// story opens with what has just happened ("Police arrested two men.
// They were held overnight."), and TimeML annotators put such events on
// the document's day. Only the sentence's own news (see mainClause), in a
// sentence that names no date at all, not even as the bound of a stretch
// ("wasn't to begin turning out product until 1993"): one there places
// the sentence elsewhere. Not a clause of a condition or of another time
// ("after he left", see futureClause), and not a figure compared over a
// period ("Sales rose 3% to $9 million", see measured): that is the
// period's, which the story may name later or not at all.
//
// On eventtime dev: dated recall 69.4 -> 69.8 %, wrong 185 -> 185.
func (p parsed) firstNews(i int) bool {
	return !p.anyTime() && p.mainClause(i) && !p.futureClause(i) && !p.measured(i)
}

// anyTime reports whether the sentence names a date, even one that only
// bounds a stretch ("until 1993").
func (p parsed) anyTime() bool {
	txs := p.x.timexes // sorted by start
	first, _ := slices.BinarySearchFunc(txs, p.s.Span.Start, func(tx timeline.Timex, at int) int { return cmp.Compare(tx.Start, at) })
	for _, tx := range txs[first:] {
		if tx.Start >= p.s.Span.End {
			break
		}
		if tx.End <= p.s.Span.End && (tx.Interval != nil && !tx.Interval.IsZero() || p.unplaced(tx)) {
			return true
		}
	}
	return false
}

// measured reports whether verb i states a figure as its object or
// oblique: "rose 2.9% to $329 million", "closed at $38.50", "fell 50
// cents"; or as a phrase the parse set beside it ("fell 12%" with "%" a
// parataxis).
func (p parsed) measured(i int) bool {
	for k := range p.s.Words {
		if p.head(k) != i {
			continue
		}
		switch p.rel(k) {
		case "obj", "obl", "parataxis", "dep":
		default:
			continue
		}
		w := p.word(k)
		if w.UPOS == "NUM" || w.UPOS == "SYM" || strings.EqualFold(w.Form, "percent") || strings.EqualFold(w.Form, "cents") {
			return true
		}
	}
	return false
}

// unplaced reports whether tx is a weekday of no known week ("late
// on a Saturday night", XXXX-WXX-6): the sentence is set on a day, just
// not one the text places, so it is no news of the publication day and
// what follows it goes on from no day the story knows.
// Without a publication date every bare weekday reads so, and says
// nothing of the story's thread.
func (p parsed) unplaced(tx timeline.Timex) bool {
	return !p.x.doc.Published.IsZero() && tx.Interval == nil && strings.HasPrefix(tx.Value, "XXXX-WXX-")
}

// unplacedDay reports whether sentence p names a weekday of no known
// week.
func (p parsed) unplacedDay() bool {
	for _, tx := range p.x.timexes {
		if tx.Start >= p.s.Span.Start && tx.End <= p.s.Span.End && p.unplaced(tx) {
			return true
		}
	}
	return false
}
