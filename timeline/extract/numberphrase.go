package extract

import "strings"

// numberSpan returns the first and last words of number m with the words
// that make it up or bound it ("3 billion", "about 400", "more than 40"),
// when they stand next to it.
func (p parsed) numberSpan(m int) (lo, hi int) {
	lo, hi = m, m
	for changed := true; changed; {
		changed = false
		for k := range p.s.Words {
			if (k == lo-1 || k == hi+1) && p.word(k).UPOS != "PUNCT" && p.inNumber(m, k) {
				lo, hi, changed = min(lo, k), max(hi, k), true
			}
		}
	}
	return lo, hi
}

// inNumber reports whether word k hangs from number m by the relations of
// a number's own parts: a compound numeral, a bound ("about", "nearly"),
// or a fixed phrase under them ("more than", "at least").
func (p parsed) inNumber(m, k int) bool {
	for hops := 0; hops < 3 && k >= 0; hops++ {
		switch p.rel(k) {
		case "compound", "advmod", "fixed", "nummod":
		default:
			if !numberBounds[strings.ToLower(p.word(k).Form)] {
				return false // "at least" may be parsed as a phrase of its own
			}
		}
		if p.head(k) == m {
			return true
		}
		k = p.head(k)
	}
	return false
}

var numberBounds = set("at least most up to more less fewer than nearly almost about around some over under roughly")
