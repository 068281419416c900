package extract

import "strings"

// toDo returns what verb v asks of its object in an infinitive, as a
// summary writes it ("ordered three diplomats" + "to leave the
// country"), or "".
func (p parsed) toDo(v int) string {
	for k := v + 1; k < len(p.s.Words); k++ {
		// "ordered the automaker to fix the cars": the parse may make a
		// verb of asking's infinitive one of purpose (advcl)
		asked := p.word(k).Deprel == "advcl" && asksOfSomeone(strings.ToLower(p.word(v).Lemma))
		if p.head(k) != v || p.word(k).Deprel != "xcomp" && !asked || !p.hasToMark(k) {
			continue
		}
		parts := []string{p.verbPhrase(k)}
		for o := k + 1; o < len(p.s.Words); o++ {
			if p.head(o) == k && p.rel(o) == "obj" {
				if a := p.slotArgument(o); a != "" {
					parts = append(parts, a)
				}
				break
			}
		}
		return strings.Join(parts, " ")
	}
	return ""
}

// slotArgument names argument j of a summary as argument does, but keeps
// the slot of a person no actor stands for: "The jury found him guilty",
// "he resigned" with no one named before, read "The jury found someone
// guilty", "Someone resigned", not "The jury found guilty" and
// "Resigned", which lose the argument and the grammar; a person the text
// described rather than named is that description ("The suspect fled on
// foot. He was arrested": "The suspect was arrested"; see describedFor).
// Only "he" and "she" are sure to be a person; "it" and "they" stay
// unnamed.
func (p parsed) slotArgument(j int) string {
	if a := p.argument(j); a != "" {
		return a
	}
	w := p.word(j)
	if w.UPOS != "PRON" || !strings.Contains(w.Feats, "PronType=Prs") || strings.Contains(w.Feats, "Reflex=Yes") || strings.Contains(w.Feats, "Poss=Yes") {
		return ""
	}
	if r := p.reporterFor(j); r != "" {
		return r // "the laboratory said it followed all standards" (pronounreporter.go)
	}
	switch strings.ToLower(w.Form) {
	case "he", "him", "she", "her":
		if d := p.describedFor(j); d != "" {
			return d // "The suspect fled on foot. He was arrested": the suspect
		}
		return "someone"
	}
	return ""
}

// subjectSlot is slotArgument for the summary's subject, which a verb
// never fills: a verb the parse left as a subject or as a relative's
// head is a clause, no one's name ("the spire collapsed and much of the
// roof was destroyed" read "collapsed" as what was destroyed; "the
// minister, who toured the city" hung "who" on the main verb). The
// summary then names no one rather than "Collapsed was destroyed". A
// verb with a determiner is a noun the tagger misread ("the move
// stunned Silicon Valley").
func (p parsed) subjectSlot(j int) string {
	if p.word(j).UPOS == "VERB" && !p.hasDependent(j, "det") && !p.hasDependent(j, "nmod:poss") {
		return ""
	}
	return p.slotArgument(j)
}
