package tagger

import "bytes"

// nounInPhrase retags as a noun a word read as a finite or bare verb at
// the end of a noun phrase that a determiner, a possessive, a figure or a
// preposition opens, with only adjectives between before a verb in -s:
// "The ministry revoked the visas of 21 suspects", "had rejected two
// earlier offers" had suspects and offers verbs with the figure before
// them as subject. No
// verb stands there: a verb after "the", "their" or "of" has no subject,
// and a figure before a verb in -s is a subject only when it is one ("one
// says"). A verb in -s becomes a plural when its stem is a noun, a bare
// or present form a singular noun when training or WordNet knows it as
// one.
func (t *Tagger) nounInPhrase(words []string) {
	if t.m.plural == 0 || t.m.noun == 0 {
		return
	}
	for i := 1; i < len(words); i++ {
		x := t.xpos(i)
		if x != "VBZ" && x != "VBP" && x != "VB" {
			continue
		}
		j := i - 1
		for x == "VBZ" && j > 0 && i-j <= 3 && (t.xpos(j) == "JJ" || t.xpos(j) == "JJR" || t.xpos(j) == "RBR") {
			j--
		}
		if !t.opensNounPhrase(words, j, i, x) {
			continue
		}
		t.low = appendLower(t.low[:0], words[i])
		if x == "VBZ" {
			if stem, ok := bytes.CutSuffix(t.low, []byte("s")); ok && len(stem) > 2 && (wnClass(stem)&wnNoun != 0 || wnClass(t.low)&wnNounInflected != 0) {
				t.retag(i, t.m.plural)
			}
			continue
		}
		if t.seenAsNoun(i) || wnClass(t.low)&wnNoun != 0 {
			t.retag(i, t.m.noun)
		}
	}
}

// opensNounPhrase reports whether word j, before verb i tagged x, opens a
// noun phrase that no verb can end: an article or a possessive, a figure
// other than one before a verb in -s, or a preposition that is no
// subordinator right before it (a preposition's noun and then a verb are
// a subject's phrase and its verb: "our colleagues in credit are").
func (t *Tagger) opensNounPhrase(words []string, j, i int, x string) bool {
	switch t.xpos(j) {
	case "PRP$", "POS":
		return true
	case "DT":
		return t.lowerIn(articles, words[j])
	case "CD":
		return x == "VBZ" && figure(words[j]) && !t.lowerIn(singularFigures, words[j])
	case "IN":
		return j == i-1 && !t.lowerIn(subordinators, words[j]) && !t.lowerIn(clauseWords, words[j])
	}
	return false
}

var (
	articles        = map[string]bool{"a": true, "an": true, "the": true, "every": true, "no": true}
	singularFigures = map[string]bool{"one": true, "1": true}
	// clauseWords are prepositions that may open a clause too ("so he
	// left") or stand before a verb ("like", "than").
	clauseWords = map[string]bool{"so": true, "like": true, "than": true, "whether": true, "unless": true,
		"though": true, "whereas": true, "lest": true}
)

// figure reports whether w is a number written in digits ("21", "1,200")
// or in letters ("two"), not a model's name ("t2i").
func figure(w string) bool {
	digits, letters := 0, 0
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9', r == ',', r == '.':
			digits++
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
			letters++
		default:
			return false
		}
	}
	return (digits == 0) != (letters == 0)
}
