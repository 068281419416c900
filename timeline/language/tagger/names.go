package tagger

// nameVerb retags a verb's form tagged as part of a name (VERB with
// NNP, as GUM tags "United" in "United Nations" and "Rolling" in "Rolling
// Stones", where EWT has ADJ) as an adjective of the name when a name
// goes on after it, and as a name otherwise ("Manchester United beat
// them"): a name's word is no event, and unites nothing.
func (t *Tagger) nameVerb(words []string) {
	for i := range words {
		a := t.m.classes[t.cls[i+2]-1]
		if a.UPOS != "VERB" || a.XPOS != "NNP" && a.XPOS != "NNPS" {
			continue
		}
		if i+1 < len(words) && (t.xpos(i+1) == "NNP" || t.xpos(i+1) == "NNPS") {
			t.retag(i, t.m.nameAdjective)
		} else {
			t.retag(i, t.m.proper)
		}
	}
}
