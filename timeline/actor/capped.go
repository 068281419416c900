package actor

import "github.com/storyline/storyline/timeline"

// Sports news calls a player capped by a national side by the state and
// "international": "The 23-year-old France international will have a
// medical". That is the player the sentence before names, as "the
// 47-year-old" is, and no mention of the state, which only says whose
// side he plays for (as a title's state does: "Brazil captain").

// capped returns the end of "[age] State international" at token j, the
// words after "the", or 0.
func (s *sentence) capped(j int) int {
	if s.word(j) && ageWord(s.lower(j)) {
		j++
	}
	end, h := s.match(j)
	if h == nil || h.e.kind != timeline.Country || !s.word(end) || s.str(end) != "international" {
		return 0
	}
	return end + 1
}
