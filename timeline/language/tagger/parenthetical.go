package tagger

// parentheticalPast retags as a past verb a participle right after the
// comma that closes a phrase set off after a sentence's subject, when no
// finite verb stands before that phrase nor after the participle in its
// clause: "The union, which represents 40,000 nurses, called off the
// strike" and "The storm, packing winds of 150 km/h, made landfall" read
// called and made as participles, and the parse lost the sentence's verb.
// The finite verb inside the phrase ("represents") is the phrase's own,
// which mainPast cannot tell from the sentence's.
func (t *Tagger) parentheticalPast(words []string) {
	n := len(words)
	if n < 5 || words[n-1] != "." {
		return // a headline's "Ten people, two children, killed in blast" keeps its participle
	}
	open := -1 // the comma that opens the phrase
	for i := 1; i+1 < n; i++ {
		switch x := t.xpos(i); {
		case x == ",":
			if open < 0 {
				if !subjectEnd[t.xpos(i-1)] {
					return
				}
				open = i
			}
		case open < 0 && (x == "VBD" || x == "VBZ" || x == "VBP" || x == "MD"):
			return // the sentence's verb comes before any phrase
		case x == "VBN" && open >= 0 && open < i-2 && t.xpos(i-1) == ",":
			if t.lowerIn(passiveNext, words[i+1]) || t.finiteInMain(words, i) {
				return
			}
			t.retag(i, t.m.past)
			return
		}
	}
}
