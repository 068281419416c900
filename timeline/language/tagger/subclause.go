package tagger

import "strings"

// subclausePast retags as a past verb a participle right after the
// subject of a clause that a subordinator opens ("fled as flames swept
// through the town" had swept a participle, the clause no finite verb):
// such a clause needs one, and a bare participle there could only be a
// reduced relative of the noun, which takes an agent ("after a car seized
// by police was searched") or leaves the clause a finite verb after it.
// The noun phrase between must be short and hold only nouns, determiners
// and adjectives.
func (t *Tagger) subclausePast(words []string) {
	if t.m.past == 0 {
		return
	}
	for i := 2; i+1 < len(words); i++ {
		if t.xpos(i) != "VBN" || !subjectEnd[t.xpos(i-1)] || t.passiveAfter(words, i) || t.finiteInSubclause(words, i, 1) {
			continue
		}
		j := i - 1
		for j > 0 && i-j <= 4 && nounPhrase[t.xpos(j)] && t.xpos(j) != "POS" {
			j--
		}
		if t.xpos(j) == "IN" && j < i-1 && t.lowerIn(subordinators, words[j]) {
			t.retag(i, t.m.past)
		}
	}
}

// afterApposition reports whether word i follows a phrase set off by
// commas after a noun, as the verb after a subject's apposition does: a
// name ("Norvale's chief executive, Hana Brodsky, apologised") or a
// participle's phrase ("said the blaze, fanned by strong winds, destroyed
// more than 2,000 buildings"). After a noun and one comma a participle is
// the noun's ("The essay, published as Undersea, was", "Virginia,
// highlighted in red").
func (t *Tagger) afterApposition(i int) bool {
	if i < 4 || t.xpos(i-1) != "," {
		return false
	}
	j := i - 2
	for j > 0 && (t.xpos(j) == "NNP" || t.xpos(j) == "NNPS") {
		j--
	}
	if j == i-2 {
		// a participle's phrase: back to the comma that opens it
		for j > 0 && i-j <= 8 && t.xpos(j) != "," && !finiteTag[t.xpos(j)] {
			j--
		}
		if j < 1 || t.xpos(j) != "," || t.xpos(j+1) != "VBN" {
			return false
		}
	}
	// "chief executive" may read as adjectives
	return j >= 1 && t.xpos(j) == "," && (subjectEnd[t.xpos(j-1)] || t.xpos(j-1) == "JJ")
}

// finiteTag are the tags of finite verbs and modals.
var finiteTag = map[string]bool{"VBD": true, "VBZ": true, "VBP": true, "MD": true}

// phrasePast retags as a past verb a participle right after a phrase set
// off by commas after a noun (see afterApposition), with an object after
// it and no finite verb in its clause: "said the blaze, fanned by strong
// winds, destroyed more than 2,000 buildings" had destroyed a second
// participle of the blaze, and what was said no verb. Without an object
// it may be one of a list ("known as massebot, oriented north-south").
func (t *Tagger) phrasePast(words []string) {
	if t.m.past == 0 {
		return
	}
	for i := 4; i+1 < len(words); i++ {
		if t.xpos(i) == "VBN" && t.afterApposition(i) && (objectStart[t.xpos(i+1)] || phraseObject[t.xpos(i+1)]) &&
			!t.finiteInSubclause(words, i, 1) {
			t.retag(i, t.m.past)
		}
	}
}

// phraseObject are the tags besides objectStart that open an object:
// "destroyed more than 2,000 buildings", "hit them".
var phraseObject = map[string]bool{"JJR": true, "PRP": true, "PDT": true}

// hasSuffixFold reports whether w ends in suf, in any case.
func hasSuffixFold(w, suf string) bool {
	return len(w) >= len(suf) && strings.EqualFold(w[len(w)-len(suf):], suf)
}
