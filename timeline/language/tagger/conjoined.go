package tagger

// conjoinedPast retags as a past verb an irregular past read as an
// adjective after "and" (and an adverb) that joins it to a past verb
// before, when what follows opens a noun phrase: "stormed the residence
// and later set fire to the home" had set an adjective of fire, and the
// fire no event.
func (t *Tagger) conjoinedPast(words []string) {
	if t.m.past == 0 {
		return
	}
	for i := 2; i+1 < len(words); i++ {
		if t.xpos(i) != "JJ" || !t.lowerIn(pastTense, words[i]) && !t.lowerIn(samePast, words[i]) {
			continue
		}
		c := i - 1
		if x := t.xpos(c); x == "RB" || x == "RBR" {
			c--
		}
		if c < 1 || t.xpos(c) != "CC" || !objectStart[t.xpos(i+1)] && t.xpos(i+1) != "PRP$" || !t.pastBefore(c) {
			continue
		}
		t.retag(i, t.m.past)
	}
}

// pastBefore reports whether a past verb stands before word c in its
// sentence, with no comma, other conjunction or present verb between.
func (t *Tagger) pastBefore(c int) bool {
	for j := c - 1; j >= 0; j-- {
		switch t.xpos(j) {
		case "VBD":
			return true
		case ",", ":", "CC", ".", "VBZ", "VBP", "MD":
			return false
		}
	}
	return false
}
