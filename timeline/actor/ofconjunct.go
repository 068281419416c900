package actor

// A body's name may list its fields after "of": "Institute of Arts and
// Sciences", "Bureau of Alcohol, Tobacco and Firearms". The name is cut
// at "and" or a comma, and a conjunct left alone before "said" read as a
// surname ("Sciences said"). A conjunct of such a list is part of the
// name before it, no person.

// ofConjunct reports whether the run [i, end) is a later conjunct of a
// capitalised list that follows "of" or "for" in a name: the list, read
// back from i over capitalised words, commas and "and", reaches "of"
// with a capitalised word before it. After a comma the list must go on
// to "and" and a capitalised word, so that an apposition ("the
// Department of Justice, Hale, said") keeps its person. A given name
// opening the run is a person's ("the Ministry of Defence and Tom Hale").
func (s *sentence) ofConjunct(i, end int) bool {
	if i < 4 || s.g.isGiven(s.str(i)) || s.toks[end-1].is(tPoss) {
		return false
	}
	comma := s.punct(i-1, ',')
	if !comma && !s.listAnd(i-1) {
		return false
	}
	if comma && !s.listGoesOn(end) {
		return false
	}
	words := 0
	for k := i - 2; k >= 1 && k >= i-10; k-- {
		switch {
		case s.capName(k) && !s.toks[k].is(tPoss):
			words++
		case s.punct(k, ',') || s.listAnd(k):
		case s.word(k) && (s.lower(k) == "of" || s.lower(k) == "for"):
			return words > 0 && s.capName(k-1) && !s.toks[k-1].is(tPoss)
		default:
			return false
		}
	}
	return false
}

// listAnd reports whether token k joins a list's last item: "and", "&".
func (s *sentence) listAnd(k int) bool {
	return s.word(k) && s.lower(k) == "and" || s.punct(k, '&')
}

// listGoesOn reports whether the list goes on after token k, over
// capitalised words and commas, to "and" and a capitalised word.
func (s *sentence) listGoesOn(k int) bool {
	for stop := k + 12; k < len(s.toks) && k < stop; k++ {
		switch {
		case s.listAnd(k):
			return s.capName(k + 1)
		case s.punct(k, ',') || s.capName(k) && !s.toks[k].is(tPoss):
		default:
			return false
		}
	}
	return false
}
