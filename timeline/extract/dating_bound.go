package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// time returns the date of the expression that dates predicate f (see
// textTimeRank), or nil, and whether the parse attaches it to the predicate
// itself rather than to the sentence it stands in.
func (p parsed) time(f frame) (*timeline.When, bool) {
	if ref, rank := p.textTimeRank(f.pred, f.clause); ref >= 0 {
		if rank > 0 && (p.relativesPast(ref, f.clause) || p.partitiveTime(ref, f.clause) || p.subjectRelativeTime(p.topWord(p.x.timexes[ref].Start, p.x.timexes[ref].End), f.clause) || p.participleTime(ref, f.clause)) || p.objectDay(ref) || p.placeRelativeRef(ref, f.clause) || p.postponedTo(ref, f.clause) {
			return nil, false
		}
		tx := p.x.timexes[ref]
		a := p.attachment(tx.Start, tx.End)
		if p.stateAfter(f.clause, a) {
			return nil, false
		}
		w := p.x.when(ref)
		if k := p.boundOf(ref); k >= 0 && !p.closeBefore(k, tx) {
			if w = p.before(w, k, tx, p.status(f.clause)); w == nil {
				return nil, false
			}
		} else if p.byAhead(ref, p.topWord(tx.Start, tx.End)) {
			if st := p.status(f.clause); st == timeline.Occurred || st == timeline.Reported || p.word(f.pred).UPOS != "VERB" {
				return nil, false // "expects prices to fall by May": the expecting is now; "respond to the allegations by July 26": a noun may be older
			}
			w = p.untilBy(w, tx)
		}
		return w, rank == 0 && (a == f.pred || a == f.clause) || a >= 0 && (p.enactedBy(f.clause) == a || p.sharedDeed(f.clause, a))
	}
	return nil, false
}

// relativesPast reports whether time expression ref, long before the
// news (see newsDays), hangs in a relative clause about a person that one
// of predicate v's arguments has: "paid tribute to the men who launched the
// revolution four decades ago" dates the launch, not the tribute. A day
// of the news there may be the main clause's ("arrested a man who robbed
// a bank on Friday"), and a thing's relative clause may tell the verb's
// own deed ("fired the shots that killed a doctor last October"); a
// relative of the subject is read by textTimeRank.
func (p parsed) relativesPast(ref, v int) bool {
	dct := p.x.doc.Published
	iv := p.x.timexes[ref].Interval
	if dct.IsZero() || iv == nil || !iv.End.Before(dct.AddDays(-newsDays)) {
		return false
	}
	for _, c := range p.txs {
		if c.ref != ref || c.att < 0 {
			continue
		}
		relative := false
		for k, hops := c.att, 0; k >= 0 && hops < len(p.s.Words); k, hops = p.head(k), hops+1 {
			if k == v {
				return relative
			}
			if p.word(k).Deprel == "acl:relcl" && p.personRelative(k) {
				relative = true
			}
		}
	}
	return false
}

// personRelative reports whether relative clause k opens with "who",
// "whom" or "whose": it tells of a person.
func (p parsed) personRelative(k int) bool {
	for i := range p.s.Words {
		if p.head(i) == k || p.head(i) >= 0 && p.head(p.head(i)) == k {
			switch strings.ToLower(p.word(i).Form) {
			case "who", "whom", "whose":
				return p.word(i).UPOS == "PRON"
			}
		}
	}
	return false
}

// sharedDeed reports whether verb c is a conjunct of verb a that shares
// a's subject and auxiliaries: "stormed a bank early on Thursday and arrested a
// gunman" tells both deeds on Thursday, so a's date is c's by the text
// as much as a's. A conjunct with a subject or an auxiliary of its own
// may be told at another time ("and will be presented").
func (p parsed) sharedDeed(c, a int) bool {
	if p.head(c) != a || p.rel(c) != "conj" || p.word(c).UPOS != "VERB" || p.word(a).UPOS != "VERB" || !p.hasDependent(c, "cc") {
		// A verb joined with no "and" or "but" after a comma ("a
		// ceasefire agreed in 2015, collapsed", "who held talks the day
		// before, welcomed") is as often the main clause the parse lost
		// behind a noun's modifier as a second deed.
		return false
	}
	return !p.hasDependent(c, "nsubj") && !p.hasDependent(c, "nsubj:pass") && !p.hasDependent(c, "aux") && !p.hasDependent(c, "aux:pass")
}

// boundOf returns the word "before" right before time expression ref,
// which makes it a deadline rather than the event's time ("could push up
// prices before Christmas"), or -1. One further off governs something
// else: "go before the Security Council next week". ("by Friday" is the
// far end of a stretch, which farEnd holds from every event.)
func (p parsed) boundOf(ref int) int {
	k := p.wordJustBefore(p.x.timexes[ref].Start)
	if k < 0 || !strings.EqualFold(p.word(k).Form, "before") || p.rel(k) != "case" && p.rel(k) != "advmod" {
		// An adverb hung on the expression is the preposition misread:
		// "the borders Ukraine had before 2014".
		return -1
	}
	for _, c := range p.txs {
		if c.ref == ref && c.top >= 0 && p.head(k) == c.top {
			return k
		}
	}
	return -1
}

// before returns the days from the publication date up to a deadline
// still to come, whose preposition is word k, for an event still to come:
// to the day before it, or, when the deadline is a stretch that holds the
// publication day ("before the end of the week"), to its end. What
// happened before a deadline, or before a day now past, has no day the
// text gives: nil.
func (p parsed) before(w *timeline.When, k int, tx timeline.Timex, status string) *timeline.When {
	dct := p.x.doc.Published
	if dct.IsZero() || !w.End.After(dct) || status == timeline.Occurred || status == timeline.Reported {
		return nil
	}
	b := *w
	b.Start = dct
	if c := p.word(k); c.Start < tx.Start {
		b.Text = p.x.doc.Text[c.Start:tx.End]
	}
	if w.Start.After(dct) {
		b.End = w.Start.AddDays(-1)
	}
	return &b
}

// closeLead are the words before "before" that keep an event within the
// hour of its bound: "shortly before midnight", "just before 9 a.m.".
var closeLead = set("shortly just moments minutes right")

// closeBefore reports whether the deadline word k ("before") with time
// expression tx is no deadline but the event's own time: a time of day
// that the event came just short of ("arrived shortly before midnight on
// Wednesday" arrived on Wednesday). A day or a longer stretch stays a
// bound ("shortly before Christmas" may be days before it).
func (p parsed) closeBefore(k int, tx timeline.Timex) bool {
	return k > 0 && closeLead[strings.ToLower(p.word(k-1).Form)] && strings.Contains(tx.Value, "T")
}
