package actor

// verbAndObject reports whether the phrase [j, b) after a name's comma,
// opened at open with no article, is the verb of the name as a subject
// and what follows it: "Hui Ka Yan, built the firm", "…, were detained
// by police" (the comma closing a list or an apposition before it). An
// apposition opens with no auxiliary, and with no article reaches one
// only through a preposition or a conjunction ("president of the
// society", "chairman and the founder").
func (s *sentence) verbAndObject(open, j, b int) bool {
	if j != open || !s.word(j) || s.toks[j].is(tCap) {
		return false
	}
	if auxiliaries[s.lower(j)] {
		return true
	}
	for k := j + 1; k < b; k++ {
		if !s.has(lDeterminer, k) {
			continue
		}
		w := s.lower(k - 1)
		return !connectors[w] && w != "and" && w != "or" && !s.has(lTitleHead|lOrgHead, k-1)
	}
	return false
}
