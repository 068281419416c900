package extract

import "strings"

// refusals are the verbs whose summary says what was refused, as the
// infinitive after them tells it: "Eva Falk refused to resign", not
// "Eva Falk refused", which leaves out all that is news.
var refusals = set("refuse decline")

// refusedDeed returns what refusal verb v refused, its infinitive with
// the infinitive's object or, for a saying, what would have been said
// ("declined to say how much the recall would cost"), or "".
func (p parsed) refusedDeed(v int) string {
	if !refusals[strings.ToLower(p.word(v).Lemma)] {
		return ""
	}
	d := p.toDo(v)
	if d == "" {
		return ""
	}
	if k := p.dependentOf(v, "xcomp"); k >= 0 && !p.hasDependent(k, "obj") {
		if c := p.saidClause(k); c != "" {
			c, _, _ = strings.Cut(c, ", ") // "…, saying only that …" is another saying
			d += " " + c
		}
	}
	return d
}
