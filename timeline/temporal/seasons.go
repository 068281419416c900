package temporal

import (
	"time"

	"github.com/storyline/storyline/timeline"
)

// Seasons: which year's spring or winter a text means.

// seasonPhrase reads "summer", "summer 2019", "last fall", "the spring of
// 2019".
func (p *parser) seasonPhrase(j int, d det, i int) (result, bool) {
	n := int(p.toks[j].lex.val)
	end := j + 1
	k := end
	if p.cls(k) == wOf {
		k++
		if !p.isNum(k) && p.cls(k) != wNumber {
			return result{}, false // "the fall of the city"
		}
	}
	if n == sFall && (d == dNone || d == dThe) && (p.cls(end) == wIn || p.cls(end) == wFrom) {
		return result{}, false // "a fall in prices"
	}
	if p.isNum(k) && p.okYear(k) {
		return result{i, k + 1, sem{kind: kSeason, typ: timeline.TypeDate, y: p.toks[k].number(), n: n}}, true
	}
	if e, y, ok := p.spokenYear(k); ok {
		return result{i, e, sem{kind: kSeason, typ: timeline.TypeDate, y: y, n: n}}, true
	}
	if p.dct.IsZero() {
		return result{i, end, sem{kind: kSeason, typ: timeline.TypeDate, n: n}}, true
	}
	y := p.dct.Year
	start := timeline.NewDate(y, time.Month(3*n), 1)
	switch d {
	case dLast, dPast, dPrevious:
		// the last one that has ended: in January, "last winter" is not
		// the one still under way, which began in December
		for !start.AddDays(91).Before(p.dct) {
			y--
			start = timeline.NewDate(y, time.Month(3*n), 1)
		}
	case dNext, dComing:
		if start.Before(p.dct) {
			y++
		}
	case dNone, dThe, dThis:
		if n == sWinter && p.dct.Month <= 2 {
			y--
			start = timeline.NewDate(y, time.Month(3*n), 1)
		}
		if d == dThis {
			break
		}
		// "will name the crew in the spring", written in December, is
		// next spring; "lost money in the summer", written in
		// February, the last one.
		switch dir := p.tenseDir(i, end); {
		case dir > 0 && start.AddDays(91).Before(p.dct):
			y++
		case dir < 0 && start.After(p.dct):
			y--
		}
	default:
		return result{}, false
	}
	return result{i, end, sem{kind: kSeason, typ: timeline.TypeDate, y: y, n: n}}, true
}
