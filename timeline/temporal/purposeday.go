package temporal

// purposeDay reads a possessive weekday in what a deed is for, at token i
// with its "'s" ending at end, against the day the sentence names for the
// deed itself: in "Campaigning for Sunday's election resumed on Saturday"
// the election is the Sunday after that Saturday, though the verb is past.
// A Sunday before the deed's own day would be one the campaign could not
// be for; with no weekday of its own, or one before the Sunday ("queued on
// Saturday for Sunday's final", written on Monday), s, the reading by
// tense, stands.
func (p *parser) purposeDay(i, end, wd int, s sem) sem {
	if s.kind != kDay || !p.is(i-1, "for") || p.dct.IsZero() {
		return s
	}
	const reach = 16
	for k, n := end, 0; k < len(p.toks) && n < reach; k, n = k+1, n+1 {
		if p.boundaryAfter(k - 1) {
			break
		}
		if p.cls(k) != wWeekday || !p.toks[k].upper || p.toks[k].lex.plur {
			continue
		}
		own := int(p.toks[k].lex.val)
		d := p.weekdayByTense(own, k, k+1)
		if own == wd || d.kind != kDay || !s.date().Before(d.date()) {
			return s
		}
		return dayOf(d.date().AddDays((wd - own + 7) % 7))
	}
	return s
}
