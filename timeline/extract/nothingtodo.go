package extract

import "strings"

// "He has nothing to do with this", "had little to do with the fire",
// "whether she had anything to do with it": the phrase denies or asks a
// connection, and neither its having nor its doing is an event; read
// word by word they were "Someone has" and "To do".

// connectionIdiom reports whether verb i is the "have" or the "do" of
// "have nothing (something, anything, little) to do with".
func (p parsed) connectionIdiom(i int) bool {
	switch strings.ToLower(p.word(i).Lemma) {
	case "have":
		for k := range p.s.Words {
			if p.head(k) == i && p.rel(k) == "obj" && connectionAmount(p.word(k).Form) && p.doesWith(k) {
				return true
			}
		}
	case "do":
		k := p.head(i)
		return k >= 0 && p.rel(i) == "acl" && connectionAmount(p.word(k).Form) && p.head(k) >= 0 &&
			strings.EqualFold(p.word(p.head(k)).Lemma, "have") && p.doesWith(k)
	}
	return false
}

// doesWith reports whether word k has "to do with …" hung on it.
func (p parsed) doesWith(k int) bool {
	for d := range p.s.Words {
		if p.head(d) == k && p.rel(d) == "acl" && strings.EqualFold(p.word(d).Lemma, "do") && p.hasCase(d, "with") {
			return true
		}
	}
	return false
}

// connectionAmount reports whether form is how much "to do with" a
// thing someone has: "nothing", "something", "anything", "little".
func connectionAmount(form string) bool {
	switch strings.ToLower(form) {
	case "nothing", "something", "anything", "little", "everything":
		return true
	}
	return false
}
