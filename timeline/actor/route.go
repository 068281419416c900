package actor

import "github.com/storyline/storyline/timeline"

// A capital at one end of a route ("services from London to the south
// coast", "trains from Hastings to London") is on the map, not its
// government: a route runs between places, and its other end says so
// where that end is a town or a stretch of country, which has no
// government to deal with. Between two seats of power ("a message from
// Washington to Moscow") both stay governments.

// routeEnd reports whether the capital at [i, end), after "from" or "to"
// at i-1, is one end of a route whose other end is a place with no seat.
func (s *sentence) routeEnd(i, end int) bool {
	switch s.lower(i - 1) {
	case "from":
		return s.word(end) && s.lower(end) == "to" && s.plainPlaceAt(end+1)
	case "to":
		// the other end: "from" and one to three words before "to"
		for k := i - 3; k >= i-5 && k >= 0; k-- {
			if s.word(k) && s.lower(k) == "from" {
				return s.plainPlaceAt(k+1) && s.wordsOnly(k+1, i-1)
			}
		}
	}
	return false
}

// plainPlaceAt reports whether a place with no seat of power opens at
// token k: a gazetteer place that is no capital ("Brighton"), a
// capitalised word the gazetteer lacks, or "the" before a word in lower
// case ("the south coast").
func (s *sentence) plainPlaceAt(k int) bool {
	if !s.word(k) {
		return false
	}
	if s.lower(k) == "the" {
		return s.word(k+1) && !s.toks[k+1].is(tCap)
	}
	if h := s.gazStart(k); h != nil {
		return h.e.kind == timeline.Place && h.e.seat == ""
	}
	return s.capName(k) && !s.g.isGiven(s.str(k))
}

// wordsOnly reports whether tokens [a, b) are all words: no comma or
// other mark parts a route's two ends.
func (s *sentence) wordsOnly(a, b int) bool {
	for k := a; k < b; k++ {
		if !s.word(k) {
			return false
		}
	}
	return true
}
