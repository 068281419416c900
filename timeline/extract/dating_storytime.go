package extract

import "github.com/storyline/storyline/timeline"

// The time a sentence sets for the story it goes on telling, and the
// publication day it falls back to.

// storyTime returns the time sentence p sets for the story, and whether
// it sets one: the date attached to its main verb, when it is not still
// to come. Only a day of the news, one of the week before publication
// (newsDays), is a time the story is at; a date of the background, a
// year, a month, or a day long past ("In 1990, the company was founded",
// "On April 8, a jogger saw the car" in a May paper), ends the thread
// instead (background): what follows it is not of that time, nor
// plainly the day's news (see firstNews). Until the story has a time
// (first), a report put before its saying sets it (see reportOf).
func (p parsed) storyTime(first bool) (*timeline.When, bool) {
	for i := range p.s.Words {
		if p.head(i) >= 0 {
			continue
		}
		ref, rank := p.textTimeRank(i, i)
		if c := p.reportOf(i); ref < 0 && c >= 0 && first {
			// "A jet made an emergency landing on Friday, the airline
			// said": a story that has set no time yet is at the time
			// of what was said. Later on, such a report is as often a
			// look back ("was kidnapped at 10 p.m. Wednesday, police
			// said") as the story going on.
			i = c
			ref, rank = p.textTimeRank(c, c)
			if k := p.dependentOf(c, "conj"); (ref < 0 || rank > 0) && k >= 0 {
				// What was said goes on in a conjunct: "A jet carrying
				// 180 people made an emergency landing on Friday" read
				// as "carrying …" and "made …".
				i = k
				ref, rank = p.textTimeRank(k, k)
			}
		}
		if ref < 0 || rank > 0 {
			return nil, false
		}
		if p.tense(i) == pluperfect {
			// A look back ("Hanak had seized the bank on Tuesday") is
			// told from the story's time, which goes on after it.
			return nil, false
		}
		return p.storyDay(p.x.when(p.laterConjunctDay(i, ref)))
	}
	return nil, false
}

// storyDay returns the time date w of a sentence's news sets for the
// story (see storyTime): w itself when it is a day of the news, the
// background when it is a period or a day long past, none when it is
// still to come.
func (p parsed) storyDay(w *timeline.When) (*timeline.When, bool) {
	dct := p.x.doc.Published
	switch {
	case !dct.IsZero() && w.Start.After(dct):
		return nil, false
	case w.Granularity != timeline.Day && w.Interval().Days() > 1,
		!dct.IsZero() && w.End.Before(dct.AddDays(-newsDays)):
		return background, true
	}
	return w, true
}

// reportOf returns the clause that saying v reports before it ("A jet
// made an emergency landing on Friday, the airline said"), a lede's way
// of setting the story's time; else -1. A report after its saying ("said
// it was informed Friday") is the speaker's account, which the story
// need not go on from.
func (p parsed) reportOf(v int) int {
	if !p.saying(v) {
		return -1
	}
	if c := p.dependentOf(v, "ccomp"); c >= 0 && c < v {
		return c
	}
	return -1
}

// newsDays is how many days before publication a paper's news reaches:
// as far back as a bare weekday name ("on Tuesday" in a Monday paper).
const newsDays = 6

// carried returns a copy of w with basis b.
func carried(w *timeline.When, b string) *timeline.When {
	n := *w
	n.Basis = b
	return &n
}

// publication returns the publication day as a date, or nil when the
// document has none.
func (x *extractor) publication() *timeline.When {
	if tx := x.dateline; tx != nil {
		d := tx.Interval.Start
		return &timeline.When{Start: d, End: d, Value: tx.Value, Granularity: timeline.Day, Text: tx.Text, Doc: x.doc.ID, Basis: BasisPublication}
	}
	d := x.doc.Published
	if d.IsZero() {
		return nil
	}
	return &timeline.When{Start: d, End: d, Value: d.String(), Granularity: timeline.Day, Doc: x.doc.ID, Basis: BasisPublication}
}

// laterConjunctDay returns the day a past conjunct of verb v attaches to
// itself when it is later than day ref of v, else ref: "The trial opened
// on Monday, and the witness recanted on Tuesday" leaves the story at
// Tuesday, and "The hearing was adjourned" goes on from there.
func (p parsed) laterConjunctDay(v, ref int) int {
	at := p.x.timexes[ref].Interval
	if at == nil || at.Granularity != timeline.Day {
		return ref
	}
	for k := range p.s.Words {
		if p.head(k) != v || p.rel(k) != "conj" || p.word(k).UPOS != "VERB" || p.tense(k) != past {
			continue
		}
		r, rank := p.textTimeRank(k, k)
		if r < 0 || rank != 0 || r == ref {
			continue
		}
		if iv := p.x.timexes[r].Interval; iv != nil && iv.Granularity == timeline.Day && iv.Start.After(at.End) {
			ref, at = r, iv
		}
	}
	return ref
}
