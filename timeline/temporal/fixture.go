package temporal

import "strings"

// A weekday's possessive before a future verb is mostly a thing done that
// the future looks back on ("Wednesday's ruling will be appealed"); but
// a fixture, an event held on a day set beforehand, is still to come:
// "would play Sunday's game as planned", "Sunday's match would be his
// last".

// fixtureWords are nouns of events held on a day set beforehand.
var fixtureWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`game match final semi-final election vote ballot referendum primary runoff
		race summit meeting debate rally concert parade ceremony launch kickoff opener derby fixture showdown`) {
		fixtureWords[w] = true
	}
}

// fixtureAt reports whether a fixture noun heads the phrase from token k,
// after at most two words before it ("Sunday's home game", "Sunday's
// presidential election").
func (p *parser) fixtureAt(k int) bool {
	for n := 0; n < 3 && k+n < len(p.toks) && p.toks[k+n].kind == tWord; n++ {
		if t := p.toks[k+n]; t.end-t.start <= 12 && fixtureWords[p.lower(k+n)] {
			return true
		}
	}
	return false
}
