package extract

import "strings"

// toDo returns what verb v asks of its object in an infinitive, as a
// summary writes it ("ordered three diplomats" + "to leave the
// country"), or "".
func (p parsed) toDo(v int) string {
	for k := v + 1; k < len(p.s.Words); k++ {
		if p.head(k) != v || p.word(k).Deprel != "xcomp" || !p.hasToMark(k) {
			continue
		}
		parts := []string{p.verbPhrase(k)}
		for o := k + 1; o < len(p.s.Words); o++ {
			if p.head(o) == k && p.rel(o) == "obj" {
				if a := p.argument(o); a != "" {
					parts = append(parts, a)
				}
				break
			}
		}
		return strings.Join(parts, " ")
	}
	return ""
}
