package extract

// subjectBefore returns the subject of segment g that comes before token
// i, or nil.
func (s *sentence) subjectBefore(g segment, i int) []int {
	for j := g.lo; j < i; j++ {
		t := s.toks[j]
		if t.kind == tActor && !t.poss && !t.quoted && s.prepBefore(j) == "" && !s.isModifier(j) {
			return []int{t.ref}
		}
	}
	return nil
}

// subjectIn returns the first actor of g that can be a subject, or the
// person a "he" or "she" there stands for.
func (s *sentence) subjectIn(g segment) []int {
	for j := g.lo; j < g.hi; j++ {
		t := s.toks[j]
		if t.kind == tActor && !t.poss && s.prepBefore(j) == "" && !s.isModifier(j) {
			return s.coordinated(j)
		}
		if t.kind == tWord && (t.low == "he" || t.low == "she") {
			if m := s.x.resolvePronoun(s, j); m >= 0 {
				return []int{m}
			}
			return nil
		}
	}
	return nil
}

// firstSubject returns the subject of the sentence before segment si: the
// first actor that is neither in a prepositional phrase, a possessor nor
// a modifier.
func (s *sentence) firstSubject(si int) []int {
	g := s.segs[si]
	for j := 0; j < g.lo; j++ {
		t := s.toks[j]
		if s.appositive(s.segs[s.segOf[j]]) || t.kind == tActor && s.isPlace(t.ref) {
			continue
		}
		if t.kind == tActor && t.quoted == g.quoted && !t.poss && s.prepBefore(j) == "" && !s.isModifier(j) {
			return s.coordinated(j)
		}
	}
	return nil
}
