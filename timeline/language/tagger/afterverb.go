package tagger

// likeAfterVerb retags as a preposition a "like" read as an interjection
// right after a form of "be" or a verb of seeming and before a noun
// phrase: "It was like a bomb going off" had like a filler word, was
// the passive of the speaker's verb, and the quote no clause. A filler
// "like" stands between commas ("it was, like, huge").
func (t *Tagger) likeAfterVerb(words []string) {
	if t.m.prep == 0 {
		return
	}
	for i := 1; i+1 < len(words); i++ {
		if t.xpos(i) != "UH" || !t.lowerIn(likeWord, words[i]) || !t.lowerIn(seemingVerbs, words[i-1]) || !objectStart[t.xpos(i+1)] && t.xpos(i+1) != "PRP" {
			continue
		}
		t.retag(i, t.m.prep)
	}
}

var likeWord = map[string]bool{"like": true}

// seemingVerbs are the forms of "be" and of the verbs of seeming that
// "like" follows as a preposition.
var seemingVerbs = map[string]bool{"was": true, "were": true, "is": true, "are": true, "be": true, "been": true, "'s": true,
	"looked": true, "looks": true, "look": true, "sounded": true, "sounds": true, "sound": true, "felt": true, "feels": true, "feel": true,
	"seemed": true, "seems": true, "seem": true}

// nounAfterPast retags as a noun a base verb right after a past verb that
// takes no bare infinitive, when training saw the word as a noun: "The
// volcano sent ash into the air" had ash the verb of a clause of its own.
// A bare infinitive follows "did", "made", "let", "had", "helped" and the
// verbs of perceiving; after any other past tense a base form is a noun.
// A present tense there is no better ("The volcano sent ash", with sent a
// participle and ash a present, from a model that first read ash as "as"),
// nor is either after a participle.
func (t *Tagger) nounAfterPast(words []string) {
	if t.m.noun == 0 {
		return
	}
	for i := 1; i < len(words); i++ {
		if x := t.xpos(i); x != "VB" && x != "VBP" || !pastForm[t.xpos(i-1)] || t.lowerIn(bareInfinitiveTakers, words[i-1]) || t.seenAsAdjective(i) {
			continue
		}
		if t.low = appendLower(t.low[:0], words[i]); t.seenAsNoun(i) || wnClass(t.low)&wnNoun != 0 && !t.seenAsVerb(i) {
			t.retag(i, t.m.noun)
		}
	}
}

// pastForm are the tags of a verb's past forms.
var pastForm = map[string]bool{"VBD": true, "VBN": true}

// bareInfinitiveTakers are the past forms a bare infinitive may follow.
var bareInfinitiveTakers = map[string]bool{"did": true, "made": true, "let": true, "had": true, "helped": true, "saw": true,
	"watched": true, "heard": true, "felt": true, "noticed": true, "observed": true, "bade": true, "bid": true, "dared": true,
	"needed": true, "went": true, "came": true, "would": true}

// seenAsAdjective reports whether training saw word i as an adjective.
func (t *Tagger) seenAsAdjective(i int) bool {
	for _, r := range t.readings(i) {
		if t.m.classes[r.class].UPOS == "ADJ" {
			return true
		}
	}
	return false
}
