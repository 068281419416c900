package tagger

// presentAfterNoun retags as a verb in -s a plural read right after the
// singular head of a sentence's opening noun phrase, in a full sentence
// with no finite verb: "The trial resumes on Monday" had resumes the
// plural of a résumé and the sentence no verb, so the parse made it the
// root noun and Monday its modifier. A plural after a singular noun is
// as often its compound's head ("the job cuts"), which is why the
// sentence must lack a verb and the word go on as a verb does, with a
// preposition, an adverb, a determiner, a figure or an adjective ("next
// week"); not the full stop, since a caption ends so ("Nice Top Lights.").
func (t *Tagger) presentAfterNoun(words []string) {
	n := len(words)
	if n < 4 || words[n-1] != "." || t.hasFinite(n) {
		return
	}
	i := 0
	if x := t.xpos(0); x == "DT" || x == "PRP$" {
		i++
	}
	for i < n && (t.xpos(i) == "JJ" || t.xpos(i) == "NN" || t.xpos(i) == "NNP") {
		i++
	}
	if i == 0 || i+1 >= n || t.xpos(i) != "NNS" || upperFirst(words[i]) {
		return // a capital is a title's ("Term Limits for Judges")
	}
	if p := t.xpos(i - 1); p != "NN" && p != "NNP" {
		return // a verb in -s wants a singular subject
	}
	switch t.xpos(i + 1) {
	case "IN", "TO", "DT", "CD", "RB", "PRP$", "JJ":
	default:
		return
	}
	if t.low = appendLower(t.low[:0], words[i]); !t.seenAsVerb(i) && wnClass(t.low)&wnVerbInflected == 0 {
		return
	}
	if c := int32(t.m.classOf("VERB", "VBZ") + 1); c > 0 {
		t.retag(i, c)
	}
}
