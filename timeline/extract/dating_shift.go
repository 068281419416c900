package extract

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/storyline/storyline/timeline"
)

// pastShift moves the date of a past-tense event back by one cycle when a
// bare weekday or month name was resolved after the publication day: the
// tagger reads "Friday" or "in January" without a year by itself, but the
// tense of the verb says which one is meant ("On Friday, Albright set
// aside her plans" in a Monday paper is the Friday before; "In January, a
// bombing killed a guard" in an October paper is last January). TimeML
// puts a past event BEFORE the document time, so a date after it cannot
// be the event's. Only names without digits are moved: "Jan. 14" or
// "January 1999" say which one they mean.
func (x *extractor) pastShift(p parsed, pl placed) {
	ev := &x.res.Events[pl.event]
	w, dct := ev.When, x.doc.Published
	if w == nil || dct.IsZero() || !w.Start.After(dct) || w.Basis != "" && w.Basis != BasisText {
		return
	}
	if p.word(pl.word).UPOS == "NOUN" {
		return // a noun has no tense of its own
	}
	if p.copulaInfinitive(pl.word) {
		return // "His goal was to play again in March": the copula's past is the goal's, the play still ahead
	}
	t := p.tense(p.clauseOf(pl.word))
	if p.consequenceParticiple(pl.word) {
		// A participle closing a past clause is past with it:
		// "crashed on Friday, killing 47".
		t = p.governingTense(pl.word)
	}
	switch t {
	case past, pluperfect, perfect:
	default:
		return
	}
	n := *w
	switch cycleOf(w.Text) {
	case "week":
		n.Start, n.End = w.Start.AddDays(-7), w.End.AddDays(-7)
		if strings.HasPrefix(n.Value, w.Start.String()) {
			n.Value = n.Start.String() + n.Value[len(w.Start.String()):]
		}
	case "year":
		if w.Granularity != timeline.Month {
			return
		}
		n.Start = timeline.NewDate(w.Start.Year-1, w.Start.Month, 1)
		n.End = timeline.NewDate(w.Start.Year-1, w.Start.Month+1, 0)
		n.Value = fmt.Sprintf("%04d-%02d", n.Start.Year, int(n.Start.Month))
	default:
		return
	}
	if n.Start.After(dct) {
		return // still ahead: not a slip of one cycle
	}
	ev.When = &n
	if ev.Status == timeline.Expected {
		ev.Status = timeline.Occurred // it was expected only for the slip
	}
}

// futureShift moves the date of an event still to come forward by a week
// when a bare weekday was resolved before the publication day: the
// tagger reads "on Wednesday" by the tense of the sentence's verb, and in
// "urged supporters to join a general strike on Wednesday" the urging is
// past, the strike ahead.
func (x *extractor) futureShift(p parsed, pl placed) {
	ev := &x.res.Events[pl.event]
	w, dct := ev.When, x.doc.Published
	if w == nil || dct.IsZero() || !w.Start.Before(dct) || w.Basis != "" && w.Basis != BasisText || cycleOf(w.Text) != "week" {
		return // "expected to speak on Tuesday" in a Tuesday paper is today
	}
	v := pl.word
	if h := p.head(v); p.word(v).UPOS == "NOUN" && p.rel(v) == "obj" && h >= 0 {
		v = h // "to join a strike on Wednesday": the joining's time
	}
	switch ev.Status {
	case timeline.Planned, timeline.Hypothetical:
	case timeline.Occurred:
		if v == pl.word || !p.possibleAhead(v) {
			return
		}
		// "might announce the deal on Wednesday": the deal's day is
		// the announcing's.
	default:
		return // an expected or scheduled event is dated as the schedule's teller saw it: "had been due to expire Friday"
	}
	if p.word(v).XPOS != "VB" || p.hasDependent(v, "aux") && p.tense(v) != future && !p.possibleAhead(v) {
		return // "might have met on Wednesday" is past
	}
	own := false
	for _, c := range p.txs {
		if x.timexes[c.ref].Text == w.Text && (c.att == pl.word || c.att == v || c.att >= 0 && p.head(c.att) == v) {
			own = true
		}
	}
	if !own {
		return // "On Friday, the government planned to pay": the planning's day
	}
	n := *w
	n.Start, n.End = w.Start.AddDays(7), w.End.AddDays(7)
	if strings.HasPrefix(n.Value, w.Start.String()) {
		n.Value = n.Start.String() + n.Value[len(w.Start.String()):]
	}
	if !n.Start.After(dct) {
		return
	}
	ev.When = &n
}

// yearShift moves the day of an event still to come forward by a year
// when a month and day written without a year were resolved before the
// publication day: the tagger reads "January 14" by the tense of the
// verb, and in "set sentencing for January 14" in an October paper the
// setting is past, the sentencing the coming January. Only a day more
// than a month back moves: a date just past may be a plan that slipped.
// The thing a scheduling verb sets for that day is still to come too,
// whatever status its noun has ("set sentencing for January 14").
func (x *extractor) yearShift(p parsed, pl placed) {
	ev := &x.res.Events[pl.event]
	w, dct := ev.When, x.doc.Published
	if w == nil || dct.IsZero() || w.Basis != "" && w.Basis != BasisText || w.Granularity != timeline.Day ||
		ev.Status != timeline.Expected && ev.Status != timeline.Planned && !x.scheduledNoun(p, pl.word, w) ||
		!w.Start.AddDays(31).Before(dct) || !monthDay(w.Text, w.Start.Year) {
		return
	}
	n := *w
	n.Start = timeline.NewDate(w.Start.Year+1, w.Start.Month, w.Start.Day)
	n.End = n.Start
	n.Value = n.Start.String()
	if !n.Start.After(dct) {
		return
	}
	ev.When = &n
}

// monthDay reports whether text names a month and a day but not year.
func monthDay(text string, year int) bool {
	if strings.Contains(text, fmt.Sprint(year)) || strings.Contains(text, "'") {
		return false
	}
	month, day := false, false
	for _, f := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return r == ' ' || r == ',' || r == '.' }) {
		for m := time.January; m <= time.December; m++ {
			if name := strings.ToLower(m.String()); f == name || len(f) >= 3 && strings.HasPrefix(name, f) {
				month = true
			}
		}
		if len(f) >= 1 && len(f) <= 4 && f[0] >= '0' && f[0] <= '9' {
			day = true // "14", "14th"
		}
	}
	return month && day
}

// The names of the weekdays and months in lower case, made once: cycleOf,
// asked of every time expression, lower-cased each name per word (a tenth
// of a run's allocations).
var weekdayNames, monthNames = func() (d [7]string, m [12]string) {
	for i := range d {
		d[i] = strings.ToLower(time.Weekday(i).String())
	}
	for i := range m {
		m[i] = strings.ToLower(time.Month(i + 1).String())
	}
	return d, m
}()

// cycleOf says which cycle a bare time name repeats with: "week" for a
// weekday ("Friday", "Friday night"), "year" for a month ("in January"),
// "" for anything else or anything with a digit.
func cycleOf(text string) string {
	if strings.ContainsAny(text, "0123456789") {
		return ""
	}
	cycle := ""
	for f := range strings.FieldsFuncSeq(strings.ToLower(text), func(r rune) bool { return r < 'a' || r > 'z' }) {
		if slices.Contains(weekdayNames[:], f) {
			cycle = "week"
		}
		if slices.Contains(monthNames[:], f) && cycle == "" {
			cycle = "year"
		}
		switch f {
		case "next", "coming", "tomorrow", "this":
			return "" // says which one it means
		}
	}
	return cycle
}

// possibleAhead reports whether verb v is told as a possibility by a
// modal alone, which speaks of what is still to come: "the storm could
// hit the coast on Thursday", "may close schools on Friday". Not a past
// one ("might have met"), nor an ability denied ("could not be reached
// on Thursday"), nor a plan reported ("would meet on Thursday").
func (p parsed) possibleAhead(v int) bool {
	modal := false
	for k := range v {
		if p.head(k) != v || p.rel(k) != "aux" {
			continue
		}
		switch strings.ToLower(p.word(k).Form) {
		case "may", "might", "could", "should", "must":
			modal = true
		default:
			return false
		}
	}
	return modal && !p.negated(v)
}

// governorsDay takes from a deed still to come, told by an infinitive,
// the day the parse hangs on the past verb that governs it: in "workers
// voted to strike Thursday" Thursday is the vote's (see
// weekdayOfGovernor), and the strike, only planned, has no day yet.
func (x *extractor) governorsDay(p parsed, pl placed) {
	ev := &x.res.Events[pl.event]
	v, w := pl.word, ev.When
	g := p.head(v)
	if w == nil || g < 0 || p.rel(v) != "xcomp" || p.word(v).XPOS != "VB" || lookingAhead[strings.ToLower(p.word(g).Lemma)] {
		return
	}
	switch ev.Status {
	case timeline.Planned, timeline.Expected, timeline.Hypothetical:
	default:
		return
	}
	for _, c := range p.txs {
		if tx := x.timexes[c.ref]; tx.Text == w.Text && tx.Start > p.word(v).Start && c.att == g && p.word(g).XPOS == "VBD" {
			ev.When = nil
			return
		}
	}
}

// copulaInfinitive reports whether verb v is an infinitive a copula ties
// to its subject ("His goal was to play", "the plan was to sail"): what
// was meant then, still to come.
func (p parsed) copulaInfinitive(v int) bool {
	to, cop := false, false
	for k := range p.s.Words {
		if p.head(k) != v {
			continue
		}
		switch p.rel(k) {
		case "mark":
			to = to || strings.EqualFold(p.word(k).Form, "to")
		case "cop":
			cop = true
		}
	}
	return to && cop
}

// scheduledNoun reports whether noun i is what a scheduling verb sets
// for the day w names: "set sentencing for January 14".
func (x *extractor) scheduledNoun(p parsed, i int, w *timeline.When) bool {
	v := p.head(i)
	if v < 0 || p.word(i).UPOS != "NOUN" || !p.scheduledThing(i, v) {
		return false
	}
	for _, c := range p.txs {
		if tx := x.timexes[c.ref]; tx.Text == w.Text && c.att == v && p.scheduledFor(v, c.top) {
			return true
		}
	}
	return false
}
