package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// whenClause reports whether clause c is a "when" clause that the time
// expression headed by word top and ending at byte end introduces (one
// right after it, whatever the parse hung it on), or goes on with one:
// "in 1968, when the Soviets invaded Czechoslovakia", "a year ago, when
// the industry enjoyed strong demand", "On Friday, when Albright set
// aside her plans".
// TimeML reads the relative "when" as the event falling inside that time
// (IS_INCLUDED): it is the clause's own date, not a neighbour's, whatever
// the parse made of the expression itself.
func (p parsed) whenClause(c, top, end int) bool {
	for hops := 0; c >= 0 && hops < len(p.s.Words); hops++ {
		h := p.head(c)
		if w := p.introducedByWhen(c); w >= 0 && p.rightAfter(end, w) {
			// "since November, when he was found": right after the
			// expression, whatever the parse hung the clause on.
			return true
		}
		switch p.rel(c) {
		case "acl", "acl:relcl", "advcl":
			// The parse often hangs the clause on the sentence's verb
			// ("was among the topics in 1968, when …"): a "when" right
			// after the expression still refers to it.
			if w := p.introducedByWhen(c); w >= 0 && (h == top || p.rightAfter(end, w)) {
				return true
			}
			return false
		}
		if p.rel(c) != "conj" || p.tense(c) != p.tense(h) && p.tense(c) != nonFinite {
			// "since 2014, when Moscow seized Crimea, and has been
			// resisting …": a conjunct in a tense of its own is not
			// the when clause's.
			return false
		}
		c = h // "when X won and Y fell": the second clause is the first's
	}
	return false
}

// introducedByWhen returns the word "when" that opens clause c, as its
// mark or its adverb, or -1.
func (p parsed) introducedByWhen(c int) int {
	for k := 0; k < c; k++ {
		if p.head(k) != c {
			continue
		}
		switch p.rel(k) {
		case "mark", "advmod":
			if strings.EqualFold(p.word(k).Form, "when") {
				return k
			}
		}
	}
	return -1
}

// rightAfter reports whether word w follows byte offset end with nothing
// but punctuation between: "in 1968, when".
func (p parsed) rightAfter(end, w int) bool {
	for k := w - 1; k >= 0 && p.word(k).Start >= end; k-- {
		if p.word(k).UPOS != "PUNCT" {
			return false
		}
	}
	return w > 0 && p.word(w).Start >= end
}

// presentOverPast reports whether clause, in the simple present, would
// take interval iv that lies wholly before the publication day: TimeML
// puts a present state over the document time ("These results compare
// with net income for the period last year": the date is the period's),
// so such a date belongs to something the clause names, not to it. A
// heading keeps its dates: it tells past news in the present ("Police
// arrest two men on Friday").
func (p parsed) presentOverPast(clause int, iv timeline.Interval) bool {
	dct := p.x.doc.Published
	if dct.IsZero() || !iv.End.Before(dct) || p.s.Span.Kind == timeline.Heading || p.tense(clause) != present {
		return false
	}
	switch p.word(clause).XPOS {
	case "VBZ":
		return true
	case "VBP", "VB":
		// "Kingsbridge beat Eastport 2-1 on Saturday": a verb whose past
		// is written as its present is past with a past date.
		return !samePast(p.word(clause).Form)
	}
	return false
}

// samePast reports whether a verb's past tense is written as its base
// form, so that the tagger's present may be a past.
func samePast(form string) bool {
	switch strings.ToLower(form) {
	case "beat", "cut", "hit", "put", "set", "shut", "quit", "spread", "cost", "hurt", "let", "bet", "burst",
		"cast", "split", "upset", "broadcast", "forecast", "bid", "shed", "read", "slit", "thrust", "offset", "reset":
		return true
	}
	return false
}

// sinceWhen returns the date of clause c when it is a "when" clause that
// names the start of a stretch: "have cared for him since November, when
// he was found", "Since 1985, when the Israelis created a buffer zone".
// The stretch's far end is no time of the sentence's events (see farEnd),
// but the clause's event is at that end: its start. Nil when c is no such
// clause.
func (p parsed) sinceWhen(c int) *timeline.When {
	for ref, top := range p.sinceStarts {
		if p.whenClause(c, top, p.x.timexes[ref].End) {
			// The tagger may run "since 2014" to today, with or without
			// "since" in its text: the clause is at the start.
			return startOf(p.x.when(ref))
		}
	}
	return nil
}

// sinceStretch returns, for a verb in the perfect or present that a "since"
// expression dates ("has been fighting rebels since 2014", "have lived
// here since January"), the stretch from that point to the publication
// day, which the event fills; nil otherwise.
func (p parsed) sinceStretch(v int) *timeline.When {
	pub := p.x.doc.Published
	if t := p.tense(v); t != perfect && t != present || pub.IsZero() {
		return nil // "has been fighting" reads as a present
	}
	for ref, top := range p.sinceStarts {
		if p.head(top) == v {
			w := startOf(p.x.when(ref))
			if pub.After(w.Start) {
				w.End = pub
			}
			return w
		}
	}
	return nil
}

// sinceStarts yields the sentence's dated expressions that start a
// stretch ("since 2014"), each with the word that heads it.
func (p parsed) sinceStarts(yield func(ref, top int) bool) {
	for ref := range p.x.timexes {
		tx := p.x.timexes[ref]
		if tx.Start < p.s.Span.Start || tx.End > p.s.Span.End || tx.Interval == nil || tx.Interval.IsZero() ||
			tx.Type == timeline.TypeDuration || tx.Type == timeline.TypeSet {
			continue
		}
		top := p.topWord(tx.Start, tx.End)
		if top >= 0 && p.sinceStart(top, tx) && !yield(ref, top) {
			return
		}
	}
}

// sinceStart reports whether expression tx, headed by word top, is the
// start of a stretch that runs on: "since November", the tagger's "since
// 1985".
func (p parsed) sinceStart(top int, tx timeline.Timex) bool {
	if sinceText(tx.Text) {
		return true
	}
	for k := range p.s.Words {
		if w := p.word(k); w.End <= tx.Start && tx.Start-w.End <= 1 && strings.EqualFold(w.Form, "since") {
			return true
		}
	}
	for k := range p.s.Words {
		if p.head(k) == top && p.rel(k) == "case" && strings.EqualFold(p.word(k).Form, "since") {
			return true
		}
	}
	return false
}

// closingRelative returns the relative clause that a time expression,
// headed by word top and starting at byte start, closes when the parse
// hung the expression on a verb above it, att; else -1. English hangs a
// phrase on the nearest clause it can: in "had evidence linking them to
// the men who set fire to the warehouse on March 12" the men set the fire
// on March 12, whatever the evidence's day. A comma before the
// expression ends the relative clause, and a clause with a time of its
// own keeps it; an expression the parse hung inside a relative clause
// but set off from it by a comma goes back to the predicate above it
// (see afterRelative).
func (p parsed) closingRelative(att, top, start int) int {
	if att < 0 || p.word(att).UPOS != "VERB" || p.head(top) != att {
		return -1
	}
	last, prev := -1, -1 // the last word before the expression past its preposition, and the last of all
	for k := range p.s.Words {
		if p.word(k).End <= start && !under(p.s.Words, k, top) {
			last = k
		}
		if p.word(k).End <= start && !(under(p.s.Words, k, top) && p.word(k).Deprel == "case") {
			prev = k // past "on", which the expression may leave out
		}
	}
	if last < 0 || p.word(last).UPOS == "PUNCT" || p.word(prev).UPOS == "PUNCT" {
		return p.afterRelative(att, top, start) // "…, which fell 1.4%, or 6.43, on Friday": the comma, wherever the parse hung it, ends the clause
	}
	if last > att && p.objectParticiple(last, att) {
		// "quashed the decision made last Thursday", "quashed the
		// decision officials made last Thursday": a participle right
		// before the expression takes it, as a reader hears it.
		return last
	}
	for r := last; r > att; r-- {
		if p.word(r).Deprel != "acl:relcl" || p.word(r).UPOS != "VERB" || !under(p.s.Words, last, r) || !under(p.s.Words, r, att) {
			continue
		}
		for k := range p.s.Words {
			if k != top && under(p.s.Words, k, r) && p.inTimex(k) && !under(p.s.Words, k, top) {
				return -1
			}
		}
		return r
	}
	return -1
}
