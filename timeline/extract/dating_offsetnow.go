package extract

// presentAnchor returns the event at word v when it is dated by the
// publication day alone and told in the present, or is a saying, for an
// "after" clause to count back from: in "A month after 15 people died in
// a crush, families say they are still waiting" the saying is now, so the
// deaths were about a month before the paper's day (the month it lands
// in, see offsetWhen). A bare "families said" is the paper's day by the
// same convention that dates it (see dateByTense), near enough for a
// count of months or years (unit 'M', 'Y'), which lands in a month or a
// year, but not of days or weeks ("recovered the bodies on Wednesday,
// police said, a day after a ship crashed": the day is Wednesday's, the
// parse hangs it on the saying). Another past verb ("the arena
// reopened") may be any day before publication: no day to count from.
func (x *extractor) presentAnchor(p parsed, group []placed, v int, unit byte) *EventMention {
	a := eventAtWord(x, group, v)
	if a == nil || a.When == nil || a.When.Basis != BasisPublication || p.word(v).UPOS != "VERB" {
		return nil
	}
	if t := p.word(v).XPOS; t != "VBP" && t != "VBZ" && !(t == "VBD" && p.isSpeech(v) && (unit == 'M' || unit == 'Y')) {
		return nil
	}
	return a
}
