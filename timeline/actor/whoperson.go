package actor

import (
	"strings"

	wn "github.com/storyline/storyline/timeline/lexicon"
)

// whoSingular reports whether a comma, "who" and a singular verb follow
// token end: what English says so of a name is said of a person, since a
// body takes "which", or "who" with a plural verb as British English
// agrees with a team ("Kelby United, who have won").
func (s *sentence) whoSingular(end int) bool {
	k := end
	if s.punct(k, '.') {
		k++ // "Barros Jr., who"
	}
	if !s.punct(k, ',') || !s.word(k+2) || s.lower(k+1) != "who" {
		return false
	}
	switch w := s.lower(k + 2); w {
	case "has", "is", "was", "does":
		return true
	default:
		// "Melanie Fontes Rainer, who directs the office": a verb in
		// the singular; a body is "which"'s, a team "who have".
		stem, ok := strings.CutSuffix(w, "s")
		return ok && !strings.HasSuffix(stem, "s") && len(stem) > 2 && wn.VerbClass(stem) != ""
	}
}
