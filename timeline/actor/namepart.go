package actor

// Words that belong to a name though they look like something else.

// namePossessive reports whether the possessive at k is a plural one
// inside a body's name ("Retailers' Federation", "Rail Workers' Union"),
// which owns no role.
func (s *sentence) namePossessive(k int) bool {
	t := s.toks[k]
	if !t.is(tCap) || !s.word(k+1) || !s.toks[k+1].is(tCap) || s.text[t.end-1] != 's' {
		return false
	}
	n := apostropheAt(s.text, t.end, len(s.text))
	return n > 0 && (t.end+n >= len(s.text) || s.text[t.end+n] != 's')
}

// capsIn reports whether a word of [a, b) is capitalised.
func (s *sentence) capsIn(a, b int) bool {
	for k := a; k < b; k++ {
		if s.toks[k].is(tCap) {
			return true
		}
	}
	return false
}
