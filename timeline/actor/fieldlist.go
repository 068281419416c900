package actor

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// A body's name may list its fields with commas before the last "and"
// ("Rail, Maritime and Transport Workers", "Advisory, Conciliation and
// Arbitration Service"). The run of capitalised words stops at the comma,
// so the name loses its first fields and the union or the service is
// known by a name no one writes. The capitalised words each before a
// comma open the name, where nothing capitalised, no place and no
// person's name stands before them.

// listedFields gives the body m, whose name opens at token i and holds
// "and", the fields listed with commas right before it.
func (s *sentence) listedFields(out []Mention, i int, m Mention) Mention {
	if !strings.Contains(m.Name, " and ") || m.Start != s.toks[i].start {
		return m
	}
	a := i
	for s.punct(a-1, ',') && s.fieldWord(out, a-2) {
		a -= 2
	}
	if a == i || s.word(a-1) && (s.toks[a-1].is(tCap) && !s.has(lDeterminer, a-1) || s.has(lLocPrep, a-1)) {
		return m // "In Kelby, Rail and Transport Union said": a place and its comma
	}
	m.Start = s.toks[a].start
	m.Text = s.text[m.Start:m.End]
	m.Name = m.Text
	return m
}

// fieldWord reports whether token k may be a field listed in a body's
// name: one capitalised word that no mention holds and that names no
// entry of the gazetteer and no person.
func (s *sentence) fieldWord(out []Mention, k int) bool {
	if !s.word(k) || !s.toks[k].is(tCap) || s.toks[k].is(tUpper) || s.toks[k].is(tPoss) || s.has(lStop|lDeterminer, k) ||
		s.gazStart(k) != nil || s.g.isGiven(s.str(k)) || s.kind == timeline.Heading {
		return false
	}
	at := s.toks[k].start
	for _, o := range out {
		if o.Start <= at && at < o.End {
			return false
		}
	}
	return true
}
