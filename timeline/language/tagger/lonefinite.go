package tagger

// The repairs below give a sentence the finite verb the perceptrons took
// from it, or take one it cannot have: each rests on a sentence, ending in
// a full stop, that needs exactly one finite verb for its subject.

// firstVerbNoun retags as a noun a capitalised first word read as a bare
// verb (an imperative) when a finite verb follows it after nothing but a
// noun phrase's words: "Profit from timber fell to $41 million" had Profit
// the sentence's verb and fell a clause on it. An imperative takes no
// finite verb after its object ("Stop the men who fled" has a relative
// word between). The noun's phrase must go on from it with a preposition
// or another noun: after a determiner the word may be a verb whose
// object or clause follows ("Think that was bad").
func (t *Tagger) firstVerbNoun(words []string) {
	if len(words) < 3 || t.xpos(0) != "VB" || !upperFirst(words[0]) || t.m.noun == 0 || !nounGoesOn[t.xpos(1)] {
		return
	}
	if t.low = appendLower(t.low[:0], words[0]); !t.seenAsNoun(0) && wnClass(t.low)&wnNoun == 0 {
		return
	}
	for j := 1; j < len(words); j++ {
		switch x := t.xpos(j); {
		case finiteTag[x]:
			if j > 1 {
				t.retag(0, t.m.noun)
			}
			return
		case !nounPhrase[x] && x != "IN" && x != "$":
			return
		}
	}
}

// nounGoesOn are the tags of a word that goes on a noun's phrase from
// its head: "Profit from timber", "Profit margins".
var nounGoesOn = map[string]bool{"IN": true, "NN": true, "NNS": true, "POS": true}

// presentAfterName retags as a verb in -s a plural noun right after a
// name that opens a full sentence with no finite verb: "Carl Dahl lives
// in Ostburg" had lives the plural of life, and the sentence no verb.
func (t *Tagger) presentAfterName(words []string) {
	n := len(words)
	if n < 4 || words[n-1] != "." || t.hasFinite(n) {
		return
	}
	i := 0
	for i < n && t.xpos(i) == "NNP" {
		i++
	}
	if i == 0 || i+1 >= n || t.xpos(i) != "NNS" || !t.seenAsVerb(i) {
		return
	}
	if c := int32(t.m.classOf("VERB", "VBZ") + 1); c > 0 {
		t.retag(i, c)
	}
}

// pastAsNoun retags as a past verb an irregular past read as a noun or an
// adjective after a noun, in a full sentence with no finite verb, when a
// preposition, a figure, a determiner, an adverb or a noun follows: "The
// strike at the Ostburg plant spread to two more factories", "Judge Anna
// Berg set sentencing for January 14" had no verb.
func (t *Tagger) pastAsNoun(words []string) {
	n := len(words)
	if n < 4 || words[n-1] != "." || t.hasFinite(n) || t.m.past == 0 {
		return
	}
	for i := 1; i+1 < n; i++ {
		if x := t.xpos(i); x != "NN" && x != "JJ" || !subjectEnd[t.xpos(i-1)] {
			continue
		}
		if !t.lowerIn(samePast, words[i]) && !t.lowerIn(pastTense, words[i]) {
			continue
		}
		switch t.xpos(i + 1) {
		case "IN", "TO", "DT", "CD", "RB", "NN", "NNS", "PRP$":
			t.retag(i, t.m.past)
			return
		}
	}
}

// hasFinite reports whether any of the first n words is a finite verb.
func (t *Tagger) hasFinite(n int) bool {
	for j := range n {
		if finiteTag[t.xpos(j)] {
			return true
		}
	}
	return false
}

// gerundAfterSubordinator retags as a gerund a word in -ing read as a
// noun right after a subordinator, when no verb follows it: "was
// assassinated while campaigning" had campaigning a noun and the clause no
// verb ("after campaigning ended" keeps its subject).
func (t *Tagger) gerundAfterSubordinator(words []string) {
	for i := 1; i < len(words); i++ {
		if t.xpos(i) != "NN" || !hasSuffixFold(words[i], "ing") || !t.lowerIn(gerundOpeners, words[i-1]) {
			continue
		}
		if i+1 < len(words) && (finiteTag[t.xpos(i+1)] || t.xpos(i+1) == "VBN") {
			continue
		}
		if c := int32(t.m.classOf("VERB", "VBG") + 1); c > 0 {
			t.retag(i, c)
		}
	}
}

// gerundOpeners are the subordinators a bare gerund follows.
var gerundOpeners = map[string]bool{"while": true, "when": true, "after": true, "before": true, "since": true,
	"though": true, "although": true, "once": true, "until": true}

// officeBeforeVerb retags as a noun an adjective right before a finite
// verb, after the words of a noun phrase, when training or WordNet knows
// it as a noun:
// "A shipping executive told a jury", "Former port official pleads not
// guilty" had the subject's head an adjective and the noun before it a
// second subject. An adjective that stands for its noun ("the few ruin
// it", "the latter is") stays.
func (t *Tagger) officeBeforeVerb(words []string) {
	for i := 1; i+1 < len(words); i++ {
		if t.xpos(i) != "JJ" || !finiteTag[t.xpos(i+1)] || t.lowerIn(partitives, words[i]) {
			continue
		}
		if p := t.xpos(i - 1); p != "NN" && p != "DT" && p != "POS" && p != "JJ" {
			continue
		}
		if t.low = appendLower(t.low[:0], words[i]); t.seenAsNoun(i) || wnClass(t.low)&wnNoun != 0 {
			t.retag(i, t.m.noun)
		}
	}
}

// upperFirst reports whether w begins with a capital letter.
func upperFirst(w string) bool { return w != "" && 'A' <= w[0] && w[0] <= 'Z' }
