package extract

import "slices"

// A visit is made to a place and, often, with someone: in "Carl Dahl will
// visit Ostburg on Monday with his wife Anna Dahl" the wife goes along;
// she is not what is visited. The summary read the first person after
// the verb as its object ("Carl Dahl to visit Anna Dahl"); companions
// names her as company, after the place.

// companions returns the IDs of the actors a visit verb's clause names
// after "with", past their titles.
func (s *sentence) companions(c *cand) []string {
	if c.t.kind != KindVisit || c.t.noun() {
		return nil
	}
	g := s.seg(c.t.tok)
	var ids []string
	for k := c.t.last + 1; k < g.hi; k++ {
		if s.toks[k].kind == tActor && s.prepBefore(k) == "with" && !s.isModifier(k) {
			if id := s.x.id(s.toks[k].ref); !slices.Contains(ids, id) {
				ids = append(ids, id)
			}
		}
	}
	return ids
}

// visitedPlace returns the name a visit verb takes for its object when
// no actor stands there ("visit Ostburg", "visited Maui"): capitalised
// words straight after the verb, or "".
func (s *sentence) visitedPlace(c *cand) string {
	if c.t.kind != KindVisit || c.t.noun() || c.t.lemma != "visit" || c.roles.passive {
		return ""
	}
	i := c.t.last + 1
	end := i
	for end < len(s.toks) && end < i+4 && s.toks[end].kind == tWord && s.capitalised(end) && !s.toks[end].has(cPrep) {
		end++
	}
	return s.render(i, end)
}
