package extract

import (
	"slices"
	"strings"

	"github.com/storyline/storyline/timeline"
	wn "github.com/storyline/storyline/timeline/lexicon"
)

// dateByTense dates an undated verb by its tense: a past one by the
// story's time, a present or present perfect one, and a bare saying, by
// the publication day.
func (x *extractor) dateByTense(p parsed, pl placed, story *timeline.When) {
	ev := &x.res.Events[pl.event]
	inBackground := story == background || periodOf(story) != nil
	if inBackground {
		story = nil
	}
	if ev.When != nil {
		return
	}
	v := p.clauseOf(pl.word) // a noun's light verb: "police opened an investigation"
	if p.word(v).UPOS == "NOUN" {
		return
	}
	switch ev.Status {
	case timeline.Occurred, timeline.Reported, timeline.Denied:
	default:
		return // what is planned, expected or supposed has no day yet
	}
	if p.s.Span.Kind == timeline.Heading {
		// A headline tells past news in the present ("Ferry sinks off
		// Kessa, dozens missing"): its tense says nothing of the day,
		// which the article's body gives the same event. One the body
		// does not tell again is the paper's news (see dateHeadlines).
		if v == pl.word && x.title(p.s.Span) && x.headlineNews(p, v) {
			x.headlines = append(x.headlines, pl.event)
		}
		return
	}
	if p.reportTag(v) && !p.ownTime() || p.refusal(v) && p.mainClause(v) {
		ev.When = x.sayingDay(p, ev) // "…, the official added"; "would not comment"
		return
	}
	switch p.tense(v) {
	case past:
		switch {
		case (saysNews(p, v, ev) && reportingVerb(p.word(v).Lemma) || p.denial(v)) && !actOfSpeech(p.word(v).Lemma) && !p.reportedBy(v) && !p.futureClause(v):
			// "The ministry said", "officials said", "residents who
			// said": news reports what its sources told it for that
			// day's paper; an earlier saying has its day next to it
			// or is told before another ("after he said"). Another
			// act done in words ("ordered an inquiry") is an event
			// of the story like any other.
			ev.When = x.sayingDay(p, ev)
		case story != nil && !p.ownTime() && p.mainClause(v):
			// Only where the sentence names no time for any of its
			// clauses: one there that dates another clause, not
			// this one, breaks the thread.
			ev.When = carried(story, BasisNarrative)
		case story == nil && !inBackground && p.firstNews(v):
			ev.When = x.publication()
		case story != nil && p.head(v) < 0 && !p.adverbialTime():
			// The sentence's own news, though: its root goes on
			// with the story when the sentence's times all belong
			// to other clauses ("The men were not named suspects,
			// and on Saturday officials played down …"; "Albright,
			// who fled Prague in 1948, made no secret of her joy").
			// A time there that dated the root would have dated it.
			// Not a time in an adverbial clause ("walked home,
			// because the roads had closed in 2022", "was placed in
			// his care after being found last Thanksgiving"): that
			// clause places the root against its time.
			ev.When = carried(story, BasisNarrative)
		}
	case present, perfect:
		if x.perfectByTag(p, v, ev) {
			return
		}
		if !p.futureClause(v) {
			ev.When = x.publication() // "owns", "is meeting", "has resigned"
		}
	}
}

// carryStory dates an undated event the trigger lexicon found, as
// dateByTense does the parse's own: a past deed by the time the story set
// in a sentence before ("The commission voted on Friday to fund a review.
// Commissioners also fired the administrator"), a perfect in the lede by
// the publication day. Any other tense gives it no publication day, which
// would be a guess for the background and states it also finds.
func (x *extractor) carryStory(p parsed, pl placed, story *timeline.When) {
	ev := &x.res.Events[pl.event]
	v := p.clauseOf(pl.word)
	if x.perfectByTag(p, v, ev) {
		return
	}
	if ev.When == nil && ev.Status == timeline.Occurred && story == nil && p.word(v).UPOS == "VERB" && p.tense(v) == perfect &&
		p.firstNews(v) && p.s.Span.Kind != timeline.Heading && !tellingKinds[ev.Kind] {
		// The lede's perfect is the day's news: "Westbridge Rovers have
		// appointed Marta Ruiz as manager". Later in the story it is as
		// often background ("Trump has named Kellogg as his envoy").
		ev.When = x.publication()
		return
	}
	if story == nil || story == background || periodOf(story) != nil || ev.When != nil || ev.Status != timeline.Occurred ||
		p.word(v).UPOS == "NOUN" || p.s.Span.Kind == timeline.Heading || tellingKinds[ev.Kind] || wn.VerbClass(strings.ToLower(p.word(v).Lemma)) == "communication" {
		// What people said, warned or denied is told of its own day,
		// often not the story's: only deeds go on with the story.
		return
	}
	if p.tense(v) == past && !p.ownTime() && p.mainClause(v) {
		ev.When = carried(story, BasisNarrative)
	}
}

// atOccasion reports whether time expression ref dates an occasion verb
// v took place at: "approved the takeover at a meeting in June" was
// approved in June.
func (p parsed) atOccasion(v, ref int) bool {
	for _, c := range p.txs {
		if c.ref != ref {
			continue
		}
		for n, hops := c.att, 0; n >= 0 && hops < 3; n, hops = p.head(n), hops+1 {
			if p.head(n) == v && p.rel(n) == "obl" && (p.caseOf(n) == "at" || p.caseOf(n) == "during") && eventNoun(strings.ToLower(p.word(n).Lemma)) {
				return true
			}
		}
	}
	return false
}

// ownTime reports whether the sentence names a time for one of its
// events, not only for a thing or a figure compared.
func (p parsed) ownTime() bool {
	for _, c := range p.txs {
		if c.att != heldTimex {
			return true
		}
	}
	return false
}

// adverbialTime reports whether one of the sentence's time expressions
// lies in an adverbial clause.
func (p parsed) adverbialTime() bool {
	for _, c := range p.txs {
		for w, hops := c.top, 0; w >= 0 && hops < len(p.s.Words); w, hops = p.head(w), hops+1 {
			if p.rel(w) == "advcl" {
				return true
			}
		}
	}
	return false
}

// perfectByTag dates a present perfect by the day of the saying put after
// it: in "Crestview has agreed to buy the bank, the agency said on
// Sunday" the agreement was news that Sunday, as the lede's perfect is
// the day's news. It reports whether it dated ev.
func (x *extractor) perfectByTag(p parsed, v int, ev *EventMention) bool {
	if ev.When != nil || ev.Status != timeline.Occurred && ev.Status != timeline.Reported || p.word(v).UPOS != "VERB" || p.tense(v) != perfect {
		return false
	}
	for _, c := range p.txs {
		// "…, the agency said on Sunday", as the parse may hang it.
		tag := c.att > v && p.head(c.att) == v && (p.rel(c.att) == "parataxis" || p.rel(c.att) == "conj" && !p.hasDependent(c.att, "cc"))
		if !tag && (c.att < 0 || p.head(v) != c.att || p.rel(v) != "ccomp") || !p.saying(c.att) {
			continue
		}
		if iv := x.timexes[c.ref].Interval; iv != nil && iv.Days() <= 1 {
			ev.When = x.when(c.ref)
			return true
		}
	}
	return false
}

// headlineNews reports whether headline verb v tells news: in the
// present or the past, or as a bare passive participle ("Chauvin
// Convicted"), not a plan ("to resign") or a possibility.
func (x *extractor) headlineNews(p parsed, v int) bool {
	if p.word(v).UPOS != "VERB" || p.futureClause(v) {
		return false
	}
	switch p.tense(v) {
	case present, past, perfect:
		return true
	}
	return p.word(v).XPOS == "VBN" && p.head(v) < 0 && !p.hasDependent(v, "aux") && !p.hasDependent(v, "aux:pass")
}

// dateHeadlines dates by the publication day the news a headline tells
// that the body does not tell again ("Chauvin Convicted on All Charges"
// over a story that says the jury "found him guilty"): it is the paper's
// news of that day. An event the body tells again (see sameNews) is left
// to the body, which says when it happened; a publication day on the
// headline's telling would only set it apart.
func (x *extractor) dateHeadlines() {
	for _, i := range x.headlines {
		ev := &x.res.Events[i]
		if ev.When != nil {
			continue
		}
		told := false
		for j := range x.res.Events {
			if j != i && !slices.Contains(x.headlines, j) && sameNews(ev, &x.res.Events[j]) {
				told = true
				break
			}
		}
		if !told {
			ev.When = x.publication()
		}
	}
}

// sameNews reports whether body event b may tell what headline event h
// does: with the same word, or an event of the same known kind with one
// of its actors ("Kremlin rejects Trump's claim" over "the Kremlin
// contradicted Trump's assertion").
func sameNews(h, b *EventMention) bool {
	if h.Trigger == b.Trigger {
		return true
	}
	if h.Kind != b.Kind || h.Kind == KindOther || h.Kind == KindStatement {
		return false
	}
	for _, a := range h.Actors {
		if slices.ContainsFunc(b.Actors, func(o timeline.Participant) bool { return o.ID == a.ID }) {
			return true
		}
	}
	return false
}

// title reports whether heading sp is the document's title, before its
// body: a subhead inside the story ("Kyiv and Europe left outside")
// labels a part of it and is no news of the day.
func (x *extractor) title(sp timeline.Span) bool {
	return len(x.spans) == 0 || sp.Start < x.spans[0].Start
}
