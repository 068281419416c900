package tagger

// reportedPast retags as a past verb an irregular past tense read as a
// noun at the end of the noun phrase that follows a verb of saying, when
// no finite verb follows in its clause and what comes next cannot go on a
// noun phrase's head: "Firefighters said the fire spread quickly" had
// spread the head of "the fire spread", the object of said, and the
// report no event. Verbs that take a noun phrase as readily ("announced
// the spending cut") are left out.
func (t *Tagger) reportedPast(words []string) {
	if t.m.past == 0 {
		return
	}
	for i := 2; i < len(words); i++ {
		if x := t.xpos(i); x != "NN" && x != "JJ" || !subjectEnd[t.xpos(i-1)] ||
			!t.lowerIn(pastTense, words[i]) && !t.lowerIn(samePast, words[i]) {
			continue
		}
		if i+1 < len(words) && !afterReportedVerb[t.xpos(i+1)] || t.finiteInClause(i, 1) {
			continue
		}
		j := i - 1
		for j > 0 && nounPhrase[t.xpos(j)] {
			j--
		}
		if x := t.xpos(j); (x == "VBD" || x == "VBZ") && t.lowerIn(clauseSaying, words[j]) {
			t.retag(i, t.m.past)
		}
	}
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
