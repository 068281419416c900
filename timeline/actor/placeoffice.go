package actor

import "github.com/storyline/storyline/timeline"

// An office held over a town or a state ("mayor of Harlow Springs",
// "governor of Kessel") takes a place after its "of", never a person's
// name nor a field: "Harlow" of "Harlow Springs" is a given name, and
// read as the title's field ("Chief of Police Barry Weber") it left a
// one-word person "Springs" whose role was "mayor of Harlow".

// placeOffices are the offices held over a place.
var placeOffices = map[string]bool{"mayor": true, "mayoress": true, "governor": true, "sheriff": true, "premier": true}

// officePlace reads the run [i, end) right after "of" and one of
// placeOffices as the place the office is held over.
func (s *sentence) officePlace(i, end int) (Mention, bool) {
	if i < 2 || !s.word(i-1) || s.str(i-1) != "of" || !s.word(i-2) || !placeOffices[s.lower(i-2)] || s.toks[end-1].is(tPoss) {
		return Mention{}, false
	}
	start, stop := s.toks[i].start, s.toks[end-1].end
	return Mention{Start: start, End: stop, Text: s.text[start:stop], Name: s.joined(i, end), Kind: timeline.Place}, true
}
