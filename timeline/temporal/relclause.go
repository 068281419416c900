package temporal

// A day named in a relative clause after the day its sentence told
// ("On Wednesday the cardinals voted four times in a conclave that had
// opened the day before") says when the noun's thing happened; the story
// stays on the sentence's own day, which a clock time after it ("At 7pm,
// white smoke rose") is of.

// inLaterRelative reports whether the day at token i lies in a relative
// clause opened after the last day its own sentence named.
func (p *parser) inLaterRelative(i int) bool {
	if !p.refSet || p.refEnd < 0 || p.refEnd > i || !p.oneSentence(p.refAt, i) {
		return false
	}
	for k := i - 1; k >= p.refEnd; k-- {
		if p.relativePronoun(k) {
			return true
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
