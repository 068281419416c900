package extract

// presentAnchor returns the event at word v when it is told in the
// present and dated by the publication day alone, for an "after" clause
// to count back from: in "A month after 15 people died in a crush,
// families say they are still waiting" the saying is now, so the deaths
// were about a month before the paper's day (the month it lands in, see
// offsetWhen). A past verb ("families said") may be any day before
// publication: no day to count from.
func (x *extractor) presentAnchor(p parsed, group []placed, v int) *EventMention {
	a := eventAtWord(x, group, v)
	if a == nil || a.When == nil || a.When.Basis != BasisPublication || p.word(v).UPOS != "VERB" {
		return nil
	}
	if t := p.word(v).XPOS; t != "VBP" && t != "VBZ" {
		return nil
	}
	return a
}
