package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// measuredFromEvent dates a clause that a measured phrase places against
// an event noun the story has dated: "Dalton stepped down a day before
// the closure" (the closure of Friday, told before) was on the Thursday.
// Only a date the clause has not from its own text is replaced.
func (x *extractor) measuredFromEvent(p parsed, group []placed) {
	for _, pl := range group {
		ev := &x.res.Events[pl.event]
		if ev.When != nil && ev.When.Basis == BasisText || p.word(pl.word).UPOS != "VERB" {
			continue
		}
		for k := range p.s.Words {
			// before the verb too: "Two days after the vote, the army
			// seized the capital"
			onMeasure := p.head(k) >= 0 && p.inTimex(p.head(k)) && p.head(p.head(k)) == pl.word // "days" → "after the vote"
			if k == pl.word || !(p.head(k) == pl.word && p.rel(k) == "obl" || onMeasure || p.onThingMeasured(k, pl.word)) || p.word(k).UPOS != "NOUN" {
				continue
			}
			m := -1
			from := pl.word + 1
			if k < pl.word {
				from = 0
			}
			for c := from; c < k; c++ {
				if p.head(c) == k && p.rel(c) == "case" && (strings.EqualFold(p.word(c).Form, "before") || strings.EqualFold(p.word(c).Form, "after")) {
					m = c
				}
			}
			if m < 0 {
				continue
			}
			n, unit, text, ok := x.offsetBefore(p, m)
			if !ok {
				continue
			}
			anchor := eventAtWord(x, group, k)
			if anchor == nil {
				continue // "a day after Saudi Arabia's attorney general left": no event noun
			}
			if strings.EqualFold(p.word(m).Form, "before") {
				n = -n
			}
			var w *timeline.When
			if anchor.When != nil && anchor.When.Granularity == timeline.Day && anchor.When.Start == anchor.When.End {
				w = x.offsetWhen(anchor.When.Start, n, unit, text+" "+p.word(m).Form+" "+p.word(k).Form)
			}
			if w == nil || ev.Status == timeline.Occurred && !x.doc.Published.IsZero() && w.Start.After(x.doc.Published) {
				// "revoked the visas two weeks after the killing": the
				// deed is weeks from an event with no day to count from,
				// or none that leaves it in the past; neither the
				// story's day nor the paper's is its day.
				ev.When = nil
				break
			}
			ev.When = w
			break
		}
	}
}

// onThingMeasured reports whether noun k, an event placed by a measure
// ("two days before the bombing"), is one the parse hung on the object or
// a phrase of verb v rather than on v: in "received a warning two days
// before the bombing" and "was seen at the terminal two days before the
// bombing" the measure still places v.
func (p parsed) onThingMeasured(k, v int) bool {
	n := p.head(k)
	if p.rel(k) != "nmod" || n < 0 || p.head(n) != v || p.rel(n) != "obj" && p.rel(n) != "obl" {
		return false
	}
	for j := range p.s.Words {
		if p.head(j) == k && p.inTimex(j) && (p.rel(j) == "obl" || p.rel(j) == "nmod") {
			return true
		}
	}
	return false
}
