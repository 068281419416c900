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
