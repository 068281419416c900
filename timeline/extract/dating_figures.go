package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// basisPeriod marks the story's time (see date) as the period a report
// of results named for its figures ("Kellogg's third-quarter net income
// fell 16%"). For any other event it is a date of the background (see
// storyTime) and ends the thread as one; only the figures told after it
// take it (see periodFigures). It never leaves the dating: an event
// takes the period with basis narrative.
//
// On eventtime dev: dated recall 70.7 -> 71.0 %, wrong 8.8 -> 8.7 %
// (quarter-long gold dates: 61.2 -> 66.2 %).
const basisPeriod = "period"

// periodOf returns story when it is a period of figures, else nil.
func periodOf(story *timeline.When) *timeline.When {
	if story != nil && story.Basis == basisPeriod {
		return story
	}
	return nil
}

// namedPeriod returns the period sentence p names for its events: a past
// month, quarter, season or year a predicate of the sentence hangs from
// ("reported a third-quarter net loss of $35 million", "Last year, the
// company earned $480 million"). Not one a figure is compared with ("a
// year earlier", "up from last year's $2.3 billion"), which dates a thing
// (see heldTimex), nor the period of a forecast ("will mean lower
// earnings for 1990").
func (p parsed) namedPeriod() (*timeline.When, bool) {
	dct := p.x.doc.Published
	for _, c := range p.txs {
		if c.att < 0 || p.s.Words[c.top].Deprel == "nmod:poss" || !p.newsClause(c.att) {
			continue
		}
		switch p.tense(c.att) {
		case future, modal:
			continue
		}
		w := p.x.when(c.ref)
		switch w.Granularity {
		case timeline.Month, timeline.Quarter, timeline.Season, timeline.Year:
		default:
			continue
		}
		if !dct.IsZero() && !w.End.Before(dct) {
			continue // not over: a forecast's ("forecast third-quarter revenue of $13 billion")
		}
		return carried(w, basisPeriod), true
	}
	return nil, false
}

// newsClause reports whether predicate a, or the verb of event noun a,
// tells the sentence's own news (see mainClause) or what its saying
// reports ("A spokesman said operations had a loss for the quarter"):
// not a relative clause's background ("Theranos, which Holmes founded in
// 2003, claimed …").
func (p parsed) newsClause(a int) bool {
	for hops := 0; p.word(a).UPOS != "VERB" && p.head(a) >= 0 && hops < len(p.s.Words); hops++ {
		switch p.rel(a) {
		case "acl", "advcl", "ccomp", "csubj", "parataxis":
			return false
		}
		a = p.head(a)
	}
	if p.rel(a) == "ccomp" && p.saying(p.head(a)) {
		a = p.head(a)
	}
	return p.mainClause(a)
}

// nextStory returns the time the story is at after sentence p, given the
// time story it was at before and the time the sentence sets (see
// storyTime), and whether that changed. A period the sentence names
// starts a thread of figures (see basisPeriod) where the story was at no
// day: a date of the background, or none, in a sentence about results
// itself (see aboutResults) (a lede's "Police said last year's figures were wrong.
// They arrested two men" leaves the arrests the day's news, see
// firstNews). A day the sentence names for
// any of its clauses, or a period of none of its news, ends such a
// thread: "The projection sent shares
// plunging $4 yesterday. The stock closed at $38.50" is that day's close.
func (p parsed) nextStory(story, set *timeline.When, sets bool) (*timeline.When, bool) {
	period, named := p.namedPeriod()
	switch {
	case named && (periodOf(story) != nil && !sets || (set == background || !sets && (story == nil || story == background)) && p.aboutResults()):
		return period, true
	case !sets && periodOf(story) != nil && p.ownTime():
		// Another time ends the thread, as it ends the story's (see
		// dateByTense): a day named for any clause, or a period of a
		// clause not the sentence's news ("Theranos, which Holmes founded
		// in 2003, was valued at $9 billion" is not of the period before).
		return background, true
	}
	return set, sets
}

// periodFigures dates the figures a report of results states after
// naming their period: in "Travelers' third-quarter net income rose 11%.
// Revenue declined 8% to $855 million." the revenue is the quarter's
// too. Only a past verb of the sentence's own news that states a figure
// (see measured), in a sentence that names no time for its events: a
// figure of a day ("The stock fell 50 cents to $28.25 yesterday") names
// its day. Only a measure of results (see periodMeasures) is the
// period's: "Its shares fell 20% in extended trading" is a day's.
func (x *extractor) periodFigures(p parsed, group []placed, period *timeline.When) {
	if p.ownTime() {
		return
	}
	for _, pl := range group {
		ev := &x.res.Events[pl.event]
		v := pl.word
		if ev.When != nil || ev.Status != timeline.Occurred && ev.Status != timeline.Reported ||
			p.word(v).UPOS != "VERB" || p.tense(v) != past || !p.mainClause(v) && !p.misreadMeasure(v) || !p.measured(v) || !p.periodMeasure(v) {
			continue
		}
		ev.When = carried(period, BasisNarrative)
	}
}

// aboutResults reports whether the sentence names a sum or a share of
// one ("$35.2 million", "8%", "12 percent", "31 cents") or a measure of
// results ("posted lower earnings for the quarter"), not only a period
// ("Intel had 125,000 employees at the end of last year").
func (p parsed) aboutResults() bool {
	for i := range p.s.Words {
		switch strings.ToLower(p.word(i).Form) {
		case "$", "€", "£", "¥", "%", "percent", "cents", "pence":
			return true
		}
		if p.word(i).UPOS == "NOUN" && periodMeasures[strings.ToLower(p.word(i).Lemma)] {
			return true
		}
	}
	return false
}

// periodMeasures are what a report of results measures over a period,
// unlike a price, which is a day's.
var periodMeasures = map[string]bool{
	"revenue": true, "revenues": true, "sale": true, "sales": true, "net": true, "profit": true, "profits": true,
	"earnings": true, "earning": true, "income": true, "loss": true, "losses": true, "turnover": true,
	"margin": true, "margins": true, "output": true, "production": true, "order": true, "orders": true,
	"shipment": true, "shipments": true, "delivery": true, "deliveries": true, "cost": true, "costs": true,
	"expense": true, "expenses": true, "spending": true, "export": true, "exports": true, "import": true,
	"imports": true, "deficit": true, "surplus": true, "growth": true, "ebitda": true,
}

// periodMeasure reports whether verb v's subject is a measure of results
// ("Revenue declined 8%", "Net interest income rose"). With no subject,
// the word it hangs from before it is one misread ("Profit from coal
// fell to $41 million" read as a verb "profit" and its complement).
func (p parsed) periodMeasure(v int) bool {
	measure := func(k int) bool {
		return periodMeasures[strings.ToLower(p.word(k).Lemma)] || periodMeasures[strings.ToLower(p.word(k).Form)]
	}
	for _, rel := range []string{"nsubj", "nsubj:pass"} {
		for k := range p.s.Words {
			if p.head(k) == v && p.s.Words[k].Deprel == rel {
				return measure(k)
			}
		}
	}
	h := p.head(v)
	return h >= 0 && h < v && (p.rel(v) == "xcomp" || p.rel(v) == "acl") && measure(h)
}

// misreadMeasure reports whether verb v is the main verb of its sentence
// that the parse hung, as a complement or a participle, on its subject
// misread as a verb before it: "Profit from coal fell to $41 million",
// with "profit" the root.
func (p parsed) misreadMeasure(v int) bool {
	h := p.head(v)
	return h >= 0 && h < v && p.word(h).UPOS == "VERB" && p.head(h) < 0 && (p.rel(v) == "xcomp" || p.rel(v) == "acl") &&
		p.word(v).XPOS == "VBD" && periodMeasures[strings.ToLower(p.word(h).Form)]
}
