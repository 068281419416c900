package extract

import "strings"

// passiveBefore reports whether a passive verb stands in g before token i:
// "hostages who were kidnapped during the attack", "officers were
// injured during the protest" underwent the verb and took no part in
// what the noun after "during" names as its doers.
func (s *sentence) passiveBefore(g segment, i int) bool {
	for j := i - 1; j > g.lo; j-- {
		w := s.toks[j]
		if w.kind != tWord || !s.beforeBe(j) {
			continue
		}
		if e, ok := verbs[w.low]; ok && e.form == formPast || len(w.low) > 4 && strings.HasSuffix(w.low, "ed") || irregularParticiples[w.low] {
			return true
		}
	}
	return false
}
