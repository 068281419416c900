package extract

import "github.com/storyline/storyline/timeline"

// recheck undoes a date the trigger lexicon gave a saying when the parse
// shows that the expression dates what was said: the lexicon reads the
// sentence as a string and takes its nearest date, but in "The farm was
// sold on Wednesday, Eva Falk said" or "Eva Falk said last week's flood
// was a disaster" the sale and the flood have those dates. TimeML links
// each expression to the event it governs; the saying itself is told on
// the publication day, as dateByTense dates a bare saying, and keeps that
// date: it does not become an undated event. A date the parse attaches to
// the saying, to a clause that goes on with it or to nothing stays.
func (x *extractor) recheck(p parsed, pl placed) {
	ev := &x.res.Events[pl.event]
	if ev.When == nil || pl.event >= x.lexEvents || !p.isSpeech(pl.word) {
		return
	}
	clause := p.clauseOf(pl.word)
	for _, c := range p.txs {
		tx := x.timexes[c.ref]
		if tx.Text != ev.When.Text || tx.Value != ev.When.Value {
			continue
		}
		if c.att < 0 || c.att == clause || !p.saidContent(pl.word, c.att) {
			return
		}
		ev.When = nil
		if p.tense(clause) != past {
			return
		}
		if ev.Status == timeline.Expected {
			ev.Status = timeline.Occurred // expected only by what was said
		}
		if !p.reportedBy(pl.word) && p.mainClause(pl.word) {
			ev.When = x.publication()
		}
		return
	}
}

// saidContent reports whether word w lies in what saying s reports: below
// it through a complement ("said last week's flood was a disaster"), or
// above it when the saying is put in after the report ("The farm was
// sold on Wednesday, Eva Falk said").
func (p parsed) saidContent(s, w int) bool {
	for c, hops := w, 0; c >= 0 && hops < len(p.s.Words); c, hops = p.head(c), hops+1 {
		if p.head(c) == s {
			switch p.rel(c) {
			case "ccomp", "parataxis", "csubj":
				return true
			}
			return false
		}
	}
	for c, hops := s, 0; c >= 0 && hops < len(p.s.Words); c, hops = p.head(c), hops+1 {
		if p.head(c) == w {
			return p.rel(c) == "parataxis"
		}
	}
	return false
}

// datedByItsObject reports whether the date the trigger lexicon gave the
// event of verb w is one its object's phrase holds: "threatened further
// stoppages in April", "promised elections next year" date what is
// threatened or promised, not the threat, which the lexicon's reading by
// nearness cannot tell. The parse's reading, which can, is kept instead.
func (x *extractor) datedByItsObject(p parsed, w int, ev *EventMention) bool {
	if ev.When == nil || p.word(w).UPOS != "VERB" || p.isSpeech(w) {
		return false // a saying's date is rechecked (see recheck)
	}
	for _, c := range x.parse(p.s).txs {
		tx := x.timexes[c.ref]
		if tx.Text != ev.When.Text {
			continue
		}
		for k, hops := c.top, 0; k >= 0 && hops < len(p.s.Words); k, hops = p.head(k), hops+1 {
			if p.head(k) == w {
				switch p.rel(k) {
				case "obj", "xcomp":
					return k != c.top // the object itself a time ("set Friday") is the verb's date
				case "ccomp":
					return p.hasDependent(k, "nsubj") // a clause of its own, not a misparsed noun ("met his aides Wednesday")
				}
				return false
			}
		}
		return false
	}
	return false
}
