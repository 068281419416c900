package tagger

// reportedPast retags as a past verb an irregular past tense read as a
// noun at the end of the noun phrase that follows a verb of saying, when
// no finite verb follows in its clause (which a subordinator ends: "The
// fire tore through the valley as crews watched") and what comes next cannot go on a
// noun phrase's head: "Firefighters said the fire spread quickly" had
// spread the head of "the fire spread", the object of said, and the
// report no event. Verbs that take a noun phrase as readily ("announced
// the spending cut") are left out. A past the same as its base read as a
// bare verb is retagged there too ("said a woman cut the fence", "said
// the families quit the town": a subject there takes no bare verb), and
// so is one that a full sentence, ending in a period, opens with its
// subject ("The man set fire to the building": a title has no period). A
// bare noun may follow it as its object when a preposition follows that
// noun ("set fire to", "cast doubt on", "cut ties with"), and a plural one
// may follow such a past ("The collapse cost banks $10bn").
func (t *Tagger) reportedPast(words []string) {
	if t.m.past == 0 {
		return
	}
	for i := 2; i < len(words); i++ {
		x := t.xpos(i)
		same := t.lowerIn(samePast, words[i])
		if x != "NN" && x != "JJ" && (x != "VB" || !same) || !subjectEnd[t.xpos(i-1)] ||
			!same && !t.lowerIn(pastTense, words[i]) {
			continue
		}
		if i+1 < len(words) && !afterReportedVerb[t.xpos(i+1)] && !t.bareObject(words, i+1) && (!same || t.xpos(i+1) != "NNS") || t.finiteInSubclause(words, i, 1) {
			continue
		}
		j := i - 1
		for j > 0 && (nounPhrase[t.xpos(j)] || hyphenated(words, j)) {
			j--
		}
		x = t.xpos(j)
		if (x == "VBD" || x == "VBZ") && t.lowerIn(clauseSaying, words[j]) || j == 0 && x == "DT" && words[len(words)-1] == "." {
			t.retag(i, t.m.past)
		}
	}
}

// hyphenated reports whether word j is a hyphen or a word a hyphen joins
// to the next or the one before: a modifier of the noun phrase ("A
// fast-moving wildfire tore through" had "moving" end the walk back to the
// phrase's determiner, and tore stay a noun).
func hyphenated(words []string, j int) bool {
	return words[j] == "-" || j+1 < len(words) && words[j+1] == "-" || j > 0 && words[j-1] == "-"
}

// lonePast retags as a past verb a past the same as its base read as a
// bare verb, when a noun or pronoun stands before it and no verb,
// modal or "to" does, in a full sentence, ending in a period: "Police put
// the turnout at 240,000", "Michelle Donelan, the education secretary,
// quit after two days" had no finite verb, and the sentence no event. An
// imperative has no subject before it ("Please put your name here").
func (t *Tagger) lonePast(words []string) {
	if t.m.past == 0 || len(words) < 3 || words[len(words)-1] != "." {
		return
	}
	subject := false
	for i := range words {
		switch x := t.xpos(i); {
		case x == "VB" && subject && t.lowerIn(samePast, words[i]):
			t.retag(i, t.m.past)
			return
		case x == "MD" || x == "TO" || x != "" && x[0] == 'V':
			return
		case subjectEnd[x]:
			subject = true
		}
	}
}

// bareObject reports whether word i is a singular noun with no
// determiner that a preposition follows: the object of "set fire to".
func (t *Tagger) bareObject(words []string, i int) bool {
	return t.xpos(i) == "NN" && i+1 < len(words) && (t.xpos(i+1) == "IN" || t.xpos(i+1) == "TO")
}

var (
	// nounPhrase are the tags of the words of a noun phrase before its head.
	nounPhrase = map[string]bool{"DT": true, "PRP$": true, "CD": true, "JJ": true, "NN": true, "NNS": true,
		"NNP": true, "NNPS": true, "POS": true}
	// afterReportedVerb are the tags after the past verb of a reported
	// clause: an adverb, a preposition, its object's opening, the end.
	afterReportedVerb = map[string]bool{"RB": true, "IN": true, "TO": true, "DT": true, "PRP$": true, "CD": true,
		"PRP": true, ".": true, ",": true, ":": true}
	// clauseSaying are the finite verbs of saying whose object is a clause
	// far more often than a noun phrase.
	clauseSaying = map[string]bool{"said": true, "says": true, "told": true, "tells": true, "added": true, "adds": true}
)
