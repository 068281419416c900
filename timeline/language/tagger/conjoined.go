package tagger

// conjoinedPast retags as a past verb a past form read as an adjective
// after "and" (and an adverb) that joins it to a past verb before, when
// what follows opens a noun phrase: "stormed the residence and later set
// fire to the home" had set an adjective of fire, and the fire no event;
// "walked onto the stage on Sunday night and slapped comedian Chris Rock"
// had a slapped comedian, and no slap. A regular past ("slapped") must
// have a verb for its stem and no finite verb after it in its clause,
// where it describes a subject ("was tired and injured soldiers helped"),
// and "and" must join it to a past verb, not to an adjective or a bare
// verb ("to have watery eyes and slurred speech").
func (t *Tagger) conjoinedPast(words []string) {
	if t.m.past == 0 {
		return
	}
	for i := 2; i+1 < len(words); i++ {
		if t.xpos(i) != "JJ" {
			continue
		}
		irregular := t.lowerIn(pastTense, words[i]) || t.lowerIn(samePast, words[i])
		if !irregular && (!t.regularPast(words[i]) || t.finiteInSubclause(words, i, 1)) {
			continue
		}
		c := i - 1
		if x := t.xpos(c); x == "RB" || x == "RBR" {
			c--
		}
		if c < 1 || t.xpos(c) != "CC" || !objectStart[t.xpos(i+1)] && t.xpos(i+1) != "PRP$" || !t.pastBefore(c) {
			continue
		}
		if !irregular && (!t.lowerIn(andWord, words[c]) || adjectiveTag[t.xpos(c-1)] || !t.lastVerbPast(c)) {
			continue // "threatened or endangered species", "a robust and united response"
		}
		t.retag(i, t.m.past)
	}
}

// regularPast reports whether w is a regular past form, in -ed, of a verb
// WordNet has: "walked", "raised", "slapped", "carried".
func (t *Tagger) regularPast(w string) bool {
	t.low = appendLower(t.low[:0], w)
	n := len(t.low)
	if n < 5 || n > maxWNWord || t.low[n-2] != 'e' || t.low[n-1] != 'd' {
		return false
	}
	verb := func(stem []byte) bool { return wnClass(stem)&wnVerb != 0 }
	if verb(t.low[:n-2]) || verb(t.low[:n-1]) || t.low[n-3] == t.low[n-4] && verb(t.low[:n-3]) {
		return true
	}
	if t.low[n-3] != 'i' {
		return false
	}
	var y [maxWNWord]byte
	stem := append(append(y[:0], t.low[:n-3]...), 'y')
	return verb(stem)
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

var (
	andWord      = map[string]bool{"and": true}
	adjectiveTag = map[string]bool{"JJ": true, "JJR": true, "JJS": true}
)

// lastVerbPast reports whether the nearest verb before word c is a past
// tense.
func (t *Tagger) lastVerbPast(c int) bool {
	for j := c - 1; j >= 0; j-- {
		if x := t.xpos(j); x == "MD" || x == "TO" || len(x) > 1 && x[:2] == "VB" {
			return x == "VBD"
		}
	}
	return false
}
