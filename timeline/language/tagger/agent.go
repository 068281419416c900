package tagger

import "strings"

// agentBeforeVerb retags a past tense right after a noun and before "by"
// as the participle of a reduced relative, and the word that follows its
// agent's phrase as the sentence's past verb, when that word can be one:
// "A dam at a mine owned by Vale SA burst on Friday" read owned as the
// verb, burst as a noun of "Vale SA burst", and the dam as what owned: a
// past tense takes no agent phrase. The agent's phrase must keep a noun.
func (t *Tagger) agentBeforeVerb(words []string) {
	if t.m.past == 0 || t.m.participle == 0 {
		return
	}
	for i := 1; i+3 < len(words); i++ {
		if x := t.xpos(i); x != "VBD" && x != "VBN" || !subjectEnd[t.xpos(i-1)] || !strings.EqualFold(words[i+1], "by") {
			continue
		}
		k := i + 2
		if x := t.xpos(k); x == "DT" || x == "PRP$" {
			k++
		}
		start, nouns := k, 0
		for ; k < len(words) && agentPhrase[t.xpos(k)]; k++ {
			if x := t.xpos(k); x != "JJ" && x != "POS" && x != "CD" {
				nouns++
			}
		}
		if k >= len(words) {
			continue
		}
		if x := t.xpos(k); x != "VBD" {
			// the agent's phrase ran on over the verb: "Vale SA burst"
			k--
			if k <= start || nouns < 2 || !afterVerb[t.xpos(k+1)] || !t.lowerIn(pastTense, words[k]) && !t.lowerIn(samePast, words[k]) {
				continue
			}
			t.retag(k, t.m.past)
		} else if k == start || k+1 >= len(words) || !afterVerb[t.xpos(k+1)] {
			continue
		}
		t.retag(i, t.m.participle)
		return
	}
}

// agentPhrase are the tags of the words of an agent's noun phrase after
// its determiner.
var agentPhrase = map[string]bool{"NNP": true, "NNPS": true, "NN": true, "NNS": true, "JJ": true, "POS": true, "CD": true}

// afterVerb are the tags that may follow a past verb that ends its
// subject's clause: a preposition, an object's opening, an adverb, a
// particle, an infinitive's "to", a comma or the full stop.
var afterVerb = map[string]bool{"IN": true, "DT": true, "RB": true, "RP": true, "TO": true, ",": true, ".": true, "PRP$": true, "CD": true}
