package extract

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/storyline/storyline/timeline"
)

// consequenceDates gives a participle that closes a clause with what its
// event brought about the day of that event: "a bus that crashed on
// Friday, killing 12" killed them on the Friday, whatever day the
// sentence's main clause tells of ("Police on Sunday inspected the
// wreckage of …").
func (x *extractor) consequenceDates(p parsed, group []placed) {
	for _, pl := range group {
		if !p.consequenceParticiple(pl.word) || p.hasTimeOfItsOwn(pl.word) {
			continue
		}
		h := p.head(pl.word)
		for _, q := range group {
			if w := x.res.Events[q.event].When; q.word == h && w != nil && (w.Basis == "" || w.Basis == BasisText) {
				x.res.Events[pl.event].When = carried(w, w.Basis)
				break
			}
		}
	}
}

// hasTimeOfItsOwn reports whether a time expression hangs on word v:
// "killing two more on Saturday".
func (p parsed) hasTimeOfItsOwn(v int) bool {
	for k := range p.s.Words {
		if p.head(k) == v && p.inTimex(k) {
			return true
		}
	}
	return false
}

// offsetDates dates the events that "N days after" or "N weeks before"
// places against the clause they hang from: "shut the bank on Friday, two
// days after customers withdrew $2 billion" puts the withdrawal on the
// Wednesday; "resigned on Monday, a day after the report was published"
// the report on the Sunday. Without this the event took the day of the
// clause it hangs from, the one day it certainly was not on. Only a day
// the text gives the governing clause counts; "a month after" gives the
// month, not a day.
func (x *extractor) offsetDates(p parsed, group []placed) {
	for _, pl := range group {
		ev := &x.res.Events[pl.event]
		c := p.offsetClause(p.clauseOf(pl.word))
		m := p.subordinator(c)
		if m < 0 {
			continue
		}
		n, unit, text, ok := x.offsetBefore(p, m)
		if !ok {
			continue
		}
		from := p.countedFrom(c)
		anchor := x.offsetAnchorUp(p, group, from, unit)
		if anchor == nil && strings.EqualFold(p.word(m).Form, "after") {
			anchor = x.presentAnchor(p, group, from, unit)
		}
		if anchor == nil {
			continue
		}
		if p.word(c).UPOS == "NOUN" && !p.dayOfItsOwn(from, p.measureOver(c)) && !(p.occurrenceVerb(from) && anchor == eventAtWord(x, group, p.dependentOf(from, "nsubj"))) {
			// "a judge on Wednesday approved the sale, and lawyers said
			// the hearing was held two days after the collapse": the
			// hearing has Wednesday from another clause, and its
			// measure places it after the collapse, not the collapse
			// before Wednesday.
			continue
		}
		if ev.When != nil && ev.When.Text != anchor.When.Text {
			continue // a time of its own
		}
		if strings.EqualFold(p.word(m).Form, "after") {
			n = -n
		}
		day := anchor.When.Start
		if anchor.When.Granularity == timeline.Week {
			day = day.AddDays(3) // the month of the week's middle, of a week across two
		}
		ev.When = x.offsetWhen(day, n, unit, text+" "+p.word(m).Form)
		x.alongOffset(p, group, pl.word, anchor.When.Text, ev.When)
	}
}

// alongOffset moves with the event at word v, which an offset has just
// dated w, what its clause tells as happening with it and had taken the
// day (text) of the clause the offset counts from: in "won on Sunday, two
// days after Abe was assassinated while campaigning" he campaigned on the
// Friday too (see simultaneous).
func (x *extractor) alongOffset(p parsed, group []placed, v int, text string, w *timeline.When) {
	for _, q := range group {
		e := &x.res.Events[q.event]
		if p.head(q.word) == v && p.rel(q.word) == "advcl" && p.simultaneous(q.word) && e.When != nil && e.When.Text == text {
			e.When = carried(w, w.Basis)
		}
	}
}

// measureOver returns the stretch ("two days") that noun c hangs on as
// a phrase of the clause above, or -1: the measure of an offset, not a
// day. One the parse made that clause's subject ("reopened on Saturday,
// five years after a fire nearly destroyed it", "years" the subject of
// "destroyed") stands for the clause above it, whose day it then is.
func (p parsed) measureOver(c int) int {
	h := p.head(c)
	if h < 0 || p.rel(h) == "nsubj" {
		return -1
	}
	w := p.word(h)
	for _, tx := range p.x.timexes {
		if tx.Start <= w.Start && w.End <= tx.End && tx.Type == timeline.TypeDuration {
			return h
		}
	}
	return -1
}

// dayOfItsOwn reports whether a time expression hangs on verb v or on its
// object ("made contact on Wednesday"), other than the measure at word
// measure: "held two days after the collapse", parsed with "days" on
// "held" and the collapse on "days", has no day of its own.
func (p parsed) dayOfItsOwn(v, measure int) bool {
	if v < 0 {
		return false
	}
	own := func(h int) bool {
		for k := range p.s.Words {
			if p.head(k) == h && k != measure && p.inTimex(k) {
				return true
			}
		}
		return false
	}
	o := p.dependentOf(v, "obj")
	return own(v) || o >= 0 && own(o)
}

// offsetAnchor returns the event that clause v's "after" or "before"
// counts from, when the text gives it a day: v's own, or, for a verb
// that only says an event took place, its subject's ("The arrests came a
// day after parliament voted", the arrests told and dated before).
func (x *extractor) offsetAnchor(p parsed, group []placed, v int, unit byte) *EventMention {
	if a := eventAtWord(x, group, v); a != nil && a.When != nil && a.When.Basis == BasisText && countsFrom(a.When, unit) {
		return a
	}
	if v >= 0 && (lightVerbs[strings.ToLower(p.word(v).Form)] || eventAtWord(x, group, v) == nil) {
		// "made contact on Wednesday, two days after …", "opened an
		// inquiry on Wednesday, the day after …": the event is the
		// light verb's noun, or that of a verb that is no event itself.
		if a := eventAtWord(x, group, p.dependentOf(v, "obj")); a != nil && a.When != nil && a.When.Basis == BasisText && countsFrom(a.When, unit) {
			return a
		}
	}
	if v < 0 || !p.occurrenceVerb(v) {
		return nil
	}
	a := eventAtWord(x, group, p.dependentOf(v, "nsubj"))
	if a == nil || a.When == nil || a.When.Basis != BasisText && a.When.Basis != BasisNarrative || !countsFrom(a.When, unit) {
		return nil
	}
	return a
}

// countsFrom reports whether date w is fine enough to count unit from: a
// day for any unit, a week or a month for months or years ("found dead
// in August 2019, a month after he was arrested": July; "received the
// payments last week, two months after the government announced them"),
// a year for years.
func countsFrom(w *timeline.When, unit byte) bool {
	switch w.Granularity {
	case timeline.Day:
		return true
	case timeline.Week, timeline.Month:
		return unit == 'M' || unit == 'Y'
	case timeline.Year:
		return unit == 'Y'
	}
	return false
}

// offsetAnchorUp returns offsetAnchor of v, or, when v's event has no
// time at all, of the nearest verb or noun above it that has one: "granted
// an injunction on Monday that ordered the union to suspend the walkout,
// a day after it began" counts from the granting, the suspending being
// no more than asked for. A time of v's own that is no day stops the climb.
func (x *extractor) offsetAnchorUp(p parsed, group []placed, v int, unit byte) *EventMention {
	for hops := 0; hops < 4 && v >= 0; hops++ {
		if a := x.offsetAnchor(p, group, v, unit); a != nil {
			if p.subordinator(p.offsetClause(p.clauseOf(v))) >= 0 && !p.hasTimeOfItsOwn(v) {
				// "suspended on Friday after boxes were found a week
				// after the vote": the finding has Friday only from the
				// clause it came before; no day to count from.
				return nil
			}
			return a
		}
		if e := eventAtWord(x, group, v); e != nil && e.When != nil {
			return nil
		}
		v = p.head(v)
	}
	return nil
}

// countedFrom returns the word whose event an "after" or "before" clause c
// counts from: c's head, or, when the parser hung c on the measure itself
// ("call on Wednesday, a day after voters went": went an orphan of day),
// the word the measure hangs on.
func (p parsed) countedFrom(c int) int {
	h := p.head(c)
	if h >= 0 && p.inTimex(h) {
		return p.head(h)
	}
	return h
}

// occurrenceVerb reports whether verb v says no more of its subject, an
// event, than that it took place: "the arrests came", "the vote took
// place", "the blast happened".
func (p parsed) occurrenceVerb(v int) bool {
	switch strings.ToLower(p.word(v).Lemma) {
	case "come", "happen", "occur", "follow":
		return true
	case "take":
		o := p.dependentOf(v, "obj")
		return o >= 0 && strings.EqualFold(p.word(o).Form, "place")
	}
	return false
}

// offsetClause returns the clause whose "after" or "before" places
// clause c: c's own, else that of the clause it goes on from as a
// conjunct ("a day after police shot and killed a man") or completes as
// an infinitive ("eight days after the fire forced them to flee": the
// flight was when the fire forced it, not on the day of the main clause).
func (p parsed) offsetClause(c int) int {
	for hops := 0; hops < len(p.s.Words) && p.subordinator(c) < 0; hops++ {
		h := p.head(c)
		if h < 0 || p.rel(c) != "conj" && !(p.rel(c) == "xcomp" && p.tense(c) == nonFinite) {
			break
		}
		c = h
	}
	return c
}

// offsetWhen is the date n units (D, W, M or Y) from day a, n negative
// before it, as text says: a day for days; for weeks, a day either side
// for each week, never reaching a ("a week after the ship sank" on a
// Friday, of a Saturday sinking); for months, the month it lands in; for
// years, the year ("nearly a year after" of July 2020 is 2019).
func (x *extractor) offsetWhen(a timeline.Date, n int, unit byte, text string) *timeline.When {
	w := &timeline.When{Text: text, Doc: x.doc.ID, Basis: BasisText, Granularity: timeline.Day}
	switch unit {
	case 'D':
		w.Start = a.AddDays(n)
		w.End, w.Value = w.Start, w.Start.String()
	case 'W':
		weeks := max(n, -n)
		mid := a.AddDays(7 * n)
		w.Start, w.End, w.Value = mid.AddDays(-weeks), mid.AddDays(weeks), mid.String()
		if n < 0 && !w.End.Before(a) {
			w.End = a.AddDays(-1)
		} else if n > 0 && !w.Start.After(a) {
			w.Start = a.AddDays(1)
		}
	case 'M':
		w.Start = timeline.NewDate(a.Year, a.Month+time.Month(n), 1)
		w.End = timeline.NewDate(w.Start.Year, w.Start.Month+1, 0)
		w.Value, w.Granularity = fmt.Sprintf("%04d-%02d", w.Start.Year, int(w.Start.Month)), timeline.Month
	case 'Y':
		w.Start, w.End = timeline.NewDate(a.Year+n, 1, 1), timeline.NewDate(a.Year+n, 12, 31)
		w.Value, w.Granularity = fmt.Sprintf("%04d", w.Start.Year), timeline.Year
	}
	return w
}

// subordinator returns the "after" or "before" that marks clause or
// phrase c, or -1.
func (p parsed) subordinator(c int) int {
	for k := range c {
		if p.head(k) != c || p.word(k).Deprel != "mark" && p.word(k).Deprel != "case" {
			continue
		}
		switch strings.ToLower(p.word(k).Form) {
		case "after", "before":
			return k
		}
	}
	return p.subjectSubordinator(c)
}

// subjectSubordinator returns the "after" or "before" the parser hung on
// the subject of clause c, or on a measure of c, where it marks c itself:
// in "seized the town on Sunday, three days after the army pulled out"
// and "won on Sunday, two days after the former prime minister was shot
// dead" the parse may read "after the army" as a phrase of "pulled" and
// "two days" as the subject of "was shot", or "after" as an adverb of
// "was assassinated". Only before the verb and right
// after a stretch of days, weeks or months: "was arrested three days after
// the attack" counts the arrest from the attack (see measuredFromEvent).
func (p parsed) subjectSubordinator(c int) int {
	for k := range c {
		if !strings.EqualFold(p.word(k).Form, "after") && !strings.EqualFold(p.word(k).Form, "before") {
			continue
		}
		if p.word(k).Deprel == "advmod" && (p.head(k) == c || k < p.head(k) && p.rel(p.head(k)) == "nsubj" && p.head(p.head(k)) == c) {
			// "two days after Abe was assassinated", "after" read as
			// an adverb of the verb, or of its subject ("almost 11
			// years after work began", with "work" the subject)
			if _, _, _, ok := p.x.offsetBefore(p, k); ok {
				return k
			}
			continue
		}
		n := p.head(k)
		if p.word(k).Deprel != "case" || n < 0 || n > c {
			continue
		}
		if h := p.head(n); h == c || h >= 0 && p.head(h) == c && p.inTimex(h) {
			if _, _, _, ok := p.x.offsetBefore(p, k); ok {
				return k
			}
		}
	}
	return -1
}

// offsetBefore returns the stretch of days, weeks or months written right
// before word m ("two days", "a week"): its count, unit ('D', 'W', 'M'
// or 'Y') and text.
func (x *extractor) offsetBefore(p parsed, m int) (n int, unit byte, text string, ok bool) {
	at := p.word(m).Start
	for _, tx := range x.timexes {
		if tx.End > at || tx.Type != timeline.TypeDuration || strings.TrimSpace(x.doc.Text[tx.End:at]) != "" {
			continue
		}
		if before := strings.Fields(x.doc.Text[max(0, tx.Start-8):tx.Start]); len(before) > 0 && strings.EqualFold(before[len(before)-1], "for") {
			// "will continue for seven days after the funeral": a
			// stretch that lasts, not a distance from the funeral
			return 0, 0, "", false
		}
		v := tx.Value
		if len(v) < 3 || v[0] != 'P' {
			return 0, 0, "", false
		}
		if months, ok := yearsMonths(v); ok {
			return months, 'M', tx.Text, true // "five years and eight months after"
		}
		n, err := strconv.Atoi(v[1 : len(v)-1])
		if err != nil || n <= 0 || n > 60 {
			return 0, 0, "", false
		}
		switch u := v[len(v)-1]; u {
		case 'D', 'W', 'M', 'Y':
			return n, u, tx.Text, true
		}
		return 0, 0, "", false
	}
	return 0, 0, "", false
}

// eventAtWord returns the event of the group whose trigger is word w.
func eventAtWord(x *extractor, group []placed, w int) *EventMention {
	for _, pl := range group {
		if pl.word == w {
			return &x.res.Events[pl.event]
		}
	}
	return nil
}
