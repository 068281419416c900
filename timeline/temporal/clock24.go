package temporal

// A 24-hour clock time written as four digits, as wires and the military
// write it: "at 2000 local time", "1900 GMT", "at 0630 hours". Read as a
// year it would put an evening in 1900 or 2030.

// clock24End returns the token after the cue at k that makes the four
// digits before it a time of the day, and whether there is one: "local
// time", an upper-case zone ("GMT", "UTC"), or "hours" when the number
// cannot count hours ("0630 hours", "at 1400 hours"; not "2000 hours of
// community service").
func (p *parser) clock24End(i, k int) (int, bool) {
	n := p.toks[i].number()
	if p.toks[i].ndig != 4 || n/100 > 23 || n%100 > 59 {
		return k, false
	}
	switch {
	case p.is(k, "local") && p.is(k+1, "time"):
		return k + 2, true
	case p.cls(k) == wTimezone && p.toks[k].upper:
		return k, true // clockDay takes the zone in
	case (p.is(k, "hours") || p.is(k, "hrs")) && (p.text[p.toks[i].start] == '0' || p.timeContext(i)):
		return k + 1, true
	}
	return k, false
}

// clock24Phrase reads a four-digit clock time and the day after it. One
// in brackets after another clock time is that time in another zone
// ("10:35 a.m. (0735 GMT)"), an aside the first one's reading steps over.
func (p *parser) clock24Phrase(i int) (result, bool) {
	k, ok := p.clock24End(i, i+1)
	if !ok || p.isPunct(i-1, '(') {
		return result{}, false
	}
	n := p.toks[i].number()
	return p.clockDay(i, k, n/100, n%100)
}
