package actor

// serviceOf reports whether token k is "service" after a lower-case word
// for what it serves, so that it classes the name right after it as a
// body: "the conciliation service Acas", "the streaming service Vidly".
// "Service" alone is no class: "they praised the service".
func (s *sentence) serviceOf(k int) bool {
	return s.lower(k) == "service" && s.word(k-1) && !s.toks[k-1].is(tCap) && !s.toks[k-1].is(tPoss)
}
