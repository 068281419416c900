package temporal

import "github.com/storyline/storyline/timeline"

// halfOf reads "[the last] half [of 1989]" at the token "half".
func (p *parser) halfOf(j, n, i int) (result, bool) {
	if r, ok := p.halfOfSpan(i, j+1, n); ok {
		return r, true
	}
	y, end := p.dct.Year, j+1
	if p.cls(end) == wOf && p.isNum(end+1) && p.okYear(end+1) {
		y, end = p.toks[end+1].number(), end+2
	} else if p.dct.IsZero() || p.gameHalf(i, end) {
		return result{}, false
	}
	return result{i, end, sem{kind: kHalf, typ: timeline.TypeDate, y: y, n: n}}, true
}

// halfOfSpan reads the span after "the first half" (at token end) when
// it is longer than a year: "the last half of the '80s" is the decade,
// 198 with mod END (TIMEX3 has no half of a decade), never a half of the
// publication year.
func (p *parser) halfOfSpan(i, end, n int) (result, bool) {
	if p.cls(end) != wOf {
		return result{}, false
	}
	k := end + 1
	r, ok := p.core(k)
	if !ok && p.cls(k) == wThe {
		k++ // "the '80s": the decade reads from its apostrophe
		r, ok = p.core(k)
	}
	if !ok || r.start != k || r.s.kind != kDecade && r.s.kind != kCentury || r.s.mod != "" {
		return result{}, false
	}
	r.start, r.s.mod = i, "START"
	if n == 2 {
		r.s.mod = "END"
	}
	// unlike "early" or "late", a half says where it ends: its days are
	// the interval, not the whole decade the value names
	if iv, ok := r.s.days(p.dct); ok {
		mid := timeline.NewDate((iv.Start.Year+iv.End.Year+1)/2, 1, 1)
		if n == 1 {
			iv.End = mid.AddDays(-1)
		} else {
			iv.Start = mid
		}
		r.s.vague = &iv
	}
	return r, true
}

// modal reports whether token k is a modal verb.
func (p *parser) modal(k int) bool {
	for _, w := range [...]string{"will", "would", "could", "can", "may", "might", "shall", "should", "must"} {
		if p.is(k, w) {
			return true
		}
	}
	return false
}
