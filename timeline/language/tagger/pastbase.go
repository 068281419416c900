package tagger

// pastNotBase retags as a past verb an irregular past tense read as a
// bare verb: "Anna Berg, who sat in the dock, shook her head" had shook a
// base form, which the parse then made a conjunct of sat, leaving the
// sentence no verb of its own. A form that is only a past tense is no
// base; one WordNet has as a verb too ("lay", "saw", "fell") stays as the
// tagger read it, and so does one that is a participle too ("shot",
// "dug"), whose right tag may be either.
func (t *Tagger) pastNotBase(words []string) {
	if t.m.past == 0 {
		return
	}
	for i := range words {
		if x := t.xpos(i); x != "VB" && x != "VBP" || !t.lowerIn(pastOnly, words[i]) {
			continue
		}
		if t.low = appendLower(t.low[:0], words[i]); wnClass(t.low)&wnVerb == 0 {
			t.retag(i, t.m.past)
		}
	}
}
