package temporal

// A time a deed is put off to lies ahead of the putting off, whatever
// the tense of the verb that tells it: "pushed back the delivery to
// March", "delayed the launch to the second quarter", "moved the vote
// back to Thursday" name the new time, which a paper tells before it
// comes. Read as the past of "pushed", a January paper's March would be
// last March.

// postponeWords are the forms of the verbs that put a deed off; backWords
// those that do so with "back" ("pushed back", "moved back", "set back"),
// offWords with "off" ("put off").
var postponeWords, backWords, offWords = map[string]bool{}, map[string]bool{}, map[string]bool{}

func init() {
	for _, stem := range []string{"postpon", "delay", "defer", "reschedul"} {
		for _, end := range []string{"e", "es", "ed", "ing", "", "s", "red", "ring"} {
			postponeWords[stem+end] = true
		}
	}
	for _, w := range []string{"push", "pushes", "pushed", "pushing", "move", "moves", "moved", "moving"} {
		backWords[w] = true
	}
	for _, w := range []string{"put", "puts", "putting"} {
		offWords[w] = true
	}
}

// postponedTo reports whether the expression at token i is what a deed
// is put off "to" or "until" by a verb earlier in its clause.
func (p *parser) postponedTo(i int) bool {
	if !p.is(i-1, "to") && !p.is(i-1, "until") && !p.is(i-1, "till") {
		return false
	}
	for k, words := i-2, 0; k >= 0 && words < 10; k-- {
		if p.boundaryAfter(k) || p.isPunct(k, ',') {
			return false
		}
		if p.toks[k].kind != tWord {
			continue
		}
		words++
		w := p.lower(k)
		switch {
		case postponeWords[w]:
			return !p.is(k-1, "had") // "had delayed it until May": a deadline the story has passed
		case w == "back" && (backWords[p.lower(max(k-1, 0))] || k > 1 && backWords[p.lower(k-2)] || k > 2 && backWords[p.lower(k-3)]):
			return true
		case w == "off" && (offWords[p.lower(max(k-1, 0))] || k > 1 && offWords[p.lower(k-2)] || k > 2 && offWords[p.lower(k-3)]):
			return true
		case w == "and" || w == "that" || w == "which" || w == "who":
			return false
		}
	}
	return false
}
