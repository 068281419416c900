package resolve

import (
	"strings"
	"unicode"
)

// A writer who has told "the eruption" and then warns that "another
// eruption could come within weeks", or quotes a scientist who thinks "a
// new eruption is likely", tells of a second one: the noun's word is the
// first's, and the document tells both, so without a mark the first pass
// took the new one for the old told again ("the eruption", "a new
// eruption": one refers back to the other) and the second pass joined
// another's to it through a document that tells both.

// anotherWords mark a noun as another of its kind than one already told.
var anotherWords = setOf("another", "new", "fresh", "further", "renewed", "next")

// anotherOf reports whether r tells its event by a noun marked as another
// of its kind ("another eruption", "a new round of talks", "the next
// strike"), within the few words an article may stand before it.
func anotherOf(r *record) bool {
	m := &r.m.Mention
	if m.Trigger == nil {
		return false
	}
	at := m.Trigger.Start - m.Start
	if at <= 0 || at > len(m.Text) {
		return false
	}
	// The words before it, read back from the noun without splitting
	// the whole sentence: every telling is read so (clusterFacts).
	before := m.Text[:at]
	for range articleReach {
		before = strings.TrimRightFunc(before, unicode.IsSpace)
		if before == "" {
			return false
		}
		i := strings.LastIndexFunc(before, unicode.IsSpace)
		w := before[i+1:]
		before = before[:i+1]
		if len(w) <= len("renewed") && anotherWords[strings.ToLower(w)] {
			return true
		}
		if strings.EqualFold(w, "a") || strings.EqualFold(w, "an") || strings.EqualFold(w, "the") || strings.ContainsAny(w, ",;:.!?\"“”()") {
			return false
		}
	}
	return false
}
