package extract

// settingDay returns the time expression (an index into
// extractor.timexes) of a possessive day that names the occasion clause v
// is set at: "During Tuesday's debate, Berg attacked the plan", "At
// Monday's hearing the judge …". The occasion's day is the clause's as
// surely as "On Tuesday" would be, so the story goes on from it (see
// storyTime): "She accused Dahl of hiding the cost" told next is of the
// debate's Tuesday, not the paper's day. -1 when there is none.
func (p parsed) settingDay(v int) int {
	for _, c := range p.txs {
		n := p.head(c.top)
		if p.word(c.top).Deprel != "nmod:poss" || n < 0 || p.head(n) != v || p.rel(n) != "obl" {
			continue
		}
		switch p.caseOf(n) {
		case "at", "during", "in", "on":
		default:
			continue // "after Tuesday's vote": another time than the vote's
		}
		if iv := p.x.timexes[c.ref].Interval; iv != nil && iv.Days() == 1 {
			return c.ref
		}
	}
	return -1
}
