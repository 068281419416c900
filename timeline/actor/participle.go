package actor

import "strings"

// participleAfterHead reports whether the word at j is a participle
// opening a clause about the head word of heads right before it: "a
// group representing athletes", "a charity funded by donors". Before
// the head ("a campaigning group") the participle is the head's
// modifier, which this never reads, as the head must come first.
func (s *sentence) participleAfterHead(j int, heads uint16) bool {
	if !s.word(j) || !s.has(heads, j-1) || s.has(heads, j) || s.toks[j].is(tCap) {
		return false
	}
	w := s.lower(j)
	// "a shipping company based in Cyprus", "a charity founded in 2010":
	// a participle with its preposition says where or when the body is.
	return len(w) > 4 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") && s.word(j+1) && (s.lower(j+1) == "by" || connectors[s.lower(j+1)]))
}
