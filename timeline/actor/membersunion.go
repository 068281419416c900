package actor

import "strings"

// membersOwn reports whether token k is a lower-case plural noun for
// people in the possessive that names a body's members before its noun:
// "the students' union", "the farmers' union". The members are the
// body's field, no group of their own there, and tell it from another
// union the story names.
func (s *sentence) membersOwn(k int) bool {
	return k >= 1 && s.word(k) && s.toks[k].is(tPoss) && !s.toks[k].is(tCap) && s.pluralPossessive(k) &&
		s.has(lPeopleNoun|lCollective, k) && s.word(k-1) && strings.EqualFold(s.str(k-1), "the")
}
