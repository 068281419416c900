package temporal

import "github.com/storyline/storyline/timeline"

// A day named in a relative clause after the day its sentence told
// ("On Wednesday the cardinals voted four times in a conclave that had
// opened the day before") says when the noun's thing happened; the story
// stays on the sentence's own day, which a clock time after it ("At 7pm,
// white smoke rose") is of.

// inLaterRelative reports whether the day at token i lies in a relative
// clause opened after the last day its own sentence named, or in a place's
// "where" clause that looks back from the day the story is at, d before
// it ("Berg flew to Oslo, where talks had begun on Monday. The next day
// she met Dahl": the day after the one the story was at). A "where"
// clause whose day is the story's or later carries the story on
// ("tracked the car to Ostburg, where the men fired on officers on
// Friday. By dawn, …").
func (p *parser) inLaterRelative(i int, d timeline.Date) bool {
	if !p.refSet || p.refEnd < 0 || p.refEnd > i {
		return false
	}
	back := d.Before(p.ref)
	if !p.oneSentence(p.refAt, i) {
		return back && p.inWhereClause(i)
	}
	for k := i - 1; k >= p.refEnd; k-- {
		if p.relativePronoun(k) || back && p.is(k, "where") && p.isPunct(k-1, ',') {
			return true
		}
	}
	return false
}

// inWhereClause reports whether token i lies in a clause that ", where"
// opens in its own sentence, with no mark closing it before i: the place
// the sentence names is what the clause is about, not the story's day.
func (p *parser) inWhereClause(i int) bool {
	for k := i - 1; k > 0 && !p.boundaryAfter(k); k-- {
		switch {
		case p.is(k, "where") && p.isPunct(k-1, ','):
			return true
		case p.toks[k].kind == tPunct:
			return false
		}
	}
	return false
}

// relativePronoun reports whether token k opens a relative clause: "which",
// "who", "whose", or a "that" after a noun ("a conclave that"), not one
// after a verb of saying or knowing, whose "that" opens what was said
// ("police learned that", "told reporters that").
func (p *parser) relativePronoun(k int) bool {
	switch {
	case p.is(k, "which"), p.is(k, "who"), p.is(k, "whom"), p.is(k, "whose"):
		return true
	case !p.is(k, "that") || !p.plainWord(k-1) || p.toks[k-1].upper:
		return false
	}
	t := p.toks[k-1]
	if w := p.text[t.start:t.end]; len(w) > 2 && w[len(w)-2:] == "ed" {
		return false // "learned that", "warned that"
	}
	for j := k - 1; j >= 0 && j >= k-3 && !p.isPunct(j, ','); j-- {
		for _, w := range tellingVerbs {
			if p.is(j, w) {
				return false
			}
		}
		for _, w := range thatVerbs {
			if p.is(j, w) {
				return false
			}
		}
	}
	return true
}

// thatVerbs, besides tellingVerbs, take a clause of what is said, known
// or meant after "that".
var thatVerbs = []string{
	"say", "tell", "tells", "know", "knows", "knew", "think", "thinks", "thought", "believe", "believes",
	"show", "shows", "showed", "means", "meant", "so", "such", "now", "wrote", "writes", "warn", "warns",
}
