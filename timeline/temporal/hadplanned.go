package temporal

// A plan told in the pluperfect ("had planned to start selling it in
// March", "had been expected to open in May") looks ahead of a time
// before the paper: the month it names may be the coming one or the last,
// whichever is nearer, as a month with no tense is. Read as a plain past,
// a January paper's "had planned to ... in March" would be last March,
// ten months back, though the plan was this spring's.

// planVerbs are the past participles that, after "had" and before "to",
// tell a plan made before the past the story is at.
var planVerbs = map[string]bool{
	"planned": true, "hoped": true, "intended": true, "expected": true,
	"scheduled": true, "aimed": true, "meant": true, "promised": true, "pledged": true,
}

// hadPlanned reports whether the nearest tense word before token i in its
// clause is such a pluperfect plan.
func (p *parser) hadPlanned(i int) bool {
	for k := i - 1; k >= 0 && k >= i-contextTokens/2; k-- {
		if p.boundaryAfter(k) {
			return false
		}
		if p.toks[k].kind != tWord {
			continue
		}
		if p.futureInPast(k) || p.tenseOf(k) != 0 {
			had := p.is(k-1, "had") || p.is(k-1, "been") && p.is(k-2, "had")
			return had && p.is(k+1, "to") && planVerbs[p.lower(k)]
		}
	}
	return false
}
