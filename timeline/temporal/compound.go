package temporal

import "github.com/storyline/storyline/timeline"

// Amounts of years and months: "five years and eight months", and the
// dates they count to ("two years and three months ago"). Read as two
// amounts, the months alone were taken for the whole distance: "reopened
// five years and eight months after the fire" put the fire eight months
// back.

// yearsAndMonths reads "and M months" at token end after an amount of
// years: the months, and where they end.
func (p *parser) yearsAndMonths(end int) (int, int, bool) {
	if p.cls(end) != wAnd {
		return 0, 0, false
	}
	k, m, ok := p.amount(end + 1)
	if !ok || m < 1 || m > 11 || p.cls(k) != wUnit || p.toks[k].lex.val != uMonth {
		return 0, 0, false
	}
	return m, k + 1, true
}

// yearsMonthsPhrase completes n years and m months ending at token end: a
// duration, or with "ago", "earlier" or "later" the month it counts to.
func (p *parser) yearsMonthsPhrase(n, m, i, end int) result {
	months := 12*n + m
	switch p.cls(end) {
	case wAgo:
		return result{i, end + 1, p.countBack(p.dct, uMonth, months, -1, i)}
	case wEarlier:
		return result{i, end + 1, p.countFrom(uMonth, months, -1, i)}
	case wLater:
		return result{i, end + 1, p.countFrom(uMonth, months, 1, i)}
	}
	return result{i, end, sem{kind: kRaw, typ: timeline.TypeDuration, raw: "P" + itoa(n) + "Y" + itoa(m) + "M"}}
}
