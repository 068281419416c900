package actor

// honorificBefore returns the index of an honorific right before token i
// ("Mr Okoro", "Mr. Okoro"), or -1.
func (s *sentence) honorificBefore(i int) int {
	k := i - 1
	if s.punct(k, '.') {
		k--
	}
	if s.word(k) && s.g.honorific[s.str(k)] {
		return k
	}
	return -1
}

// firstLady reports whether the honorific at h is "Lady" of the title
// "First Lady" ("First Lady Jill Vane"), which "Lady" alone would cut to
// "First Jill Vane".
func (s *sentence) firstLady(h int) bool {
	return s.str(h) == "Lady" && s.word(h-1) && s.str(h-1) == "First"
}
