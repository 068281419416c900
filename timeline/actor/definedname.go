package actor

import (
	"slices"
	"strings"

	"github.com/storyline/storyline/timeline"
)

// One article defines a body's short name beside its full name ("the
// Swiss Financial Market Supervisory Authority, known as FINMA", "the
// Federal Financial Supervisory Authority (BaFin)"), and the next uses the
// short name alone, or writes it as a word ("Finma"). When the short name
// is in the body's own language its initials spell nothing of the English
// name (joinInitials), so the definition is what joins them.

// joinDefinedNames joins a body named by one word to the body that a
// document wrote the same word for, in any case, when only one body of
// the story was so written.
func (r *resolver) joinDefinedNames() {
	defined := map[string][]string{} // lower-case short name → records of the bodies it was written for
	for _, k := range r.order {
		rec := r.recs[k]
		if rec.kind != timeline.Organization {
			continue
		}
		for _, m := range rec.mentions {
			if m.Text != m.Name && !strings.Contains(m.Text, " ") && strings.Contains(m.Name, " ") &&
				(strings.ToUpper(m.Text) == m.Text && len(m.Text) >= 2 || shortNameCase(m.Text)) {
				w := strings.ToLower(m.Text)
				if !slices.Contains(defined[w], k) {
					defined[w] = append(defined[w], k)
				}
			}
		}
	}
	if len(defined) == 0 {
		return
	}
	for _, k := range r.order {
		rec := r.recs[k]
		if rec.kind != timeline.Organization || rec.ref != nil || len(rec.mentions) == 0 {
			continue
		}
		name := rec.mentions[0].Name
		if strings.Contains(name, " ") || !properName(name) {
			continue
		}
		var to []string
		for _, o := range defined[strings.ToLower(name)] {
			if root := r.find(o); !slices.Contains(to, root) {
				to = append(to, root)
			}
		}
		if len(to) == 1 && to[0] != r.find(k) {
			r.union(to[0], k)
		}
	}
}
