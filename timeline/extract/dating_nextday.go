package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// strandedNextDay leaves undated what "the next day" dates when the
// sentence before tells of events with no day: the tagger counts "the
// next day" from the last day the text named, which a paragraph on other
// times has left behind. In "The detentions came a week after residents
// protested. The administration suspended the council the next day." the
// next day is the protest's, not the day after the dams burst four
// paragraphs up. The count stands when the story's time is still that
// day, or the sentence before names it or dates any event.
func (x *extractor) strandedNextDay(p parsed, group []placed, story *timeline.When) {
	for _, pl := range group {
		w := x.res.Events[pl.event].When
		if w == nil || w.Granularity != timeline.Day {
			continue
		}
		n, ok := dayOffset(w.Text)
		if !ok || story != nil && holds(story, w.Start.AddDays(-n)) || !x.threadLost(p, w.Start.AddDays(-n)) {
			continue
		}
		for _, q := range group {
			if v := x.res.Events[q.event].When; v != nil && v.Text == w.Text && v.Start == w.Start {
				x.res.Events[q.event].When = nil
			}
		}
	}
}

// dayOffset reads an expression that counts days from the day before it
// in the text: "the next day" is 1, "the day before" -1.
func dayOffset(text string) (int, bool) {
	switch strings.ToLower(text) {
	case "the next day", "next day", "the following day", "a day later", "one day later", "the day after":
		return 1, true
	case "the previous day", "the day before", "a day earlier", "one day earlier":
		return -1, true
	}
	return 0, false
}

// threadLost reports whether the sentence before p tells of events that
// happened, none of them dated, and the text named another time since it
// last named the day anchor.
func (x *extractor) threadLost(p parsed, anchor timeline.Date) bool {
	from := -1
	for i := range x.res.Events {
		if m := x.res.Events[i].Mention; m.End <= p.s.Span.Start && m.Start > from {
			from = m.Start
		}
	}
	if from < 0 {
		return false
	}
	undated := false
	for i := range x.res.Events {
		ev := &x.res.Events[i]
		if ev.Mention.Start != from || ev.Mention.End > p.s.Span.Start {
			continue
		}
		if ev.When != nil {
			return false // the sentence before carries a time: the count is the text's
		}
		if ev.Status == timeline.Occurred && ev.Kind != KindStatement {
			undated = true
		}
	}
	return undated && x.otherTimeSince(anchor, p.s.Span.Start)
}

// otherTimeSince reports whether, after the last time expression before
// byte end that holds day d, the text named another time: the thread
// moved on from d ("repaired in 2019", "a week after").
func (x *extractor) otherTimeSince(d timeline.Date, end int) bool {
	other := false
	for _, tx := range x.timexes {
		if tx.End > end {
			break
		}
		iv := tx.Interval
		if iv != nil && !iv.IsZero() && !d.Before(iv.Start) && !iv.End.Before(d) {
			other = false
		} else {
			other = true
		}
	}
	return other
}

// holds reports whether w's days hold day d.
func holds(w *timeline.When, d timeline.Date) bool {
	return !d.Before(w.Start) && !w.End.Before(d)
}
