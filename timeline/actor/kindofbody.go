package actor

// A noun for a body may name none: a kind promised or made ("a government
// that listens", "to form a government") or a stance held ("their
// opposition", "opposition to the plan").

// kindOfBody reports whether the sole body at token i, its determiner at
// d, is a kind spoken of rather than a state's body: "a government that
// listens", "a government which answers to the people", "asked him to
// form a government". A state has one government; "a" before it with a
// clause saying which, or after a verb of making one, names what is
// promised or made, which is no actor.
func (s *sentence) kindOfBody(d, i int) bool {
	if !s.word(d) || s.lower(d) != "a" && s.lower(d) != "an" {
		return false
	}
	if s.word(i+1) && !s.toks[i].is(tPoss) {
		switch s.lower(i + 1) {
		case "that", "which", "who":
			return true
		}
	}
	return s.word(d-1) && formVerbs[s.lower(d-1)]
}

// formVerbs make a body: what they make is none yet.
var formVerbs = map[string]bool{"form": true, "forms": true, "formed": true, "forming": true}

// stance reports whether "opposition" at token i, its determiner at d,
// is a stance taken rather than the parties against the government: one
// that someone holds ("restated their opposition", "his opposition") or
// that is to something ("opposition to the plan").
func (s *sentence) stance(d, i int) bool {
	if s.word(i+1) && s.lower(i+1) == "to" {
		return true
	}
	if !s.word(d) {
		return false
	}
	switch s.lower(d) {
	case "its", "their", "his", "her", "our", "my", "your":
		return true
	}
	return false
}

// adjectiveBefore reports whether the word at d may be an adjective
// before the body's noun head. A few of them are stop words too ("new",
// "federal", "military"), which before a body a state has one of still
// leave the article before them the body's: "A federal jury found Anna
// Berg guilty" is the jury, as "A jury found" is.
func (s *sentence) adjectiveBefore(d int, head string) bool {
	w := s.lower(d)
	if s.has(lStop, d) && !(soleBodies[head] && notModifiers[w]) {
		return false
	}
	return adjectiveLike(w)
}
