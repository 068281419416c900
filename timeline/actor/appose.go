package actor

import "strings"

// apposing reports whether gap, between a name and a description after
// it, sets the description beside the name: ", a", ", the", ",", when
// near is set (written closely, as news does), and the adjectives the
// description's reading passed over (", the political").
func apposing(gap string, near bool) bool {
	rest, ok := strings.CutPrefix(strings.TrimSpace(gap), ",")
	if !ok {
		return false
	}
	words := strings.Fields(rest)
	if len(words) > 0 {
		switch strings.ToLower(words[0]) {
		case "a", "an", "the":
			words = words[1:]
		}
	}
	if len(words) > 2 || len(words) == 0 && !near {
		return false
	}
	for _, w := range words {
		if w != strings.ToLower(w) || !adjectiveLike(w) {
			return false
		}
	}
	return true
}
