package actor

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/timeline"
)

// joinSecondSurnames joins a person written with one more name after the
// full name another record has: a second surname, as Spanish and
// Portuguese names carry one that news writes or leaves out ("Mateo R.
// Olivar Quintana" and "Mateo R. Olivar"). The shorter name must hold a
// given name and a surname, and be the start of no other person's name,
// for "Ana Ruiz" of "Ana Ruiz Vela" and "Ana Ruiz Soto" is either.
func (r *resolver) joinSecondSurnames() {
	byName := map[string]string{}
	for _, k := range r.order {
		if rec := r.recs[k]; rec.kind == timeline.Person && rec.ref == nil && strings.HasPrefix(k, "p:") {
			byName[k[2:]] = k
		}
	}
	longer := map[string][]string{} // shorter name's key → the longer names' keys
	var shorts []string
	for _, k := range r.order {
		if byName[strings.TrimPrefix(k, "p:")] != k {
			continue
		}
		words := strings.Fields(k[2:])
		if len(words) < 3 || !secondSurname(words[len(words)-1]) {
			continue
		}
		short, ok := byName[strings.Join(words[:len(words)-1], " ")]
		if !ok && len(words) == 3 && !r.g.isGiven(words[1]) && secondSurname(words[1]) {
			// "Pinkett Smith" of "Jada Pinkett Smith": the double
			// surname alone, with no given name, as later references
			// write it.
			if short, ok = byName[strings.Join(words[1:], " ")]; ok {
				// Its first word is a surname, no given name to tell
				// the two apart by.
				if root := r.find(short); root == short {
					sh := r.setOf(root)
					if len(sh.firsts) == 1 && sh.firsts[0] == words[1] {
						r.sets[root] = &set{ref: sh.ref, countries: sh.countries}
					}
				}
			}
		}
		if !ok {
			continue
		}
		if _, seen := longer[short]; !seen {
			shorts = append(shorts, short)
		}
		longer[short] = append(longer[short], k)
	}
	for _, short := range shorts {
		if ks := longer[short]; len(ks) == 1 {
			r.union(short, ks[0])
		}
	}
}

// secondSurname reports whether w may be a surname after a surname: a
// capitalised word of letters, no initial ("R.") and no generation ("Jr").
func secondSurname(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return utf8.RuneCountInString(w) >= 3 && unicode.IsUpper(r) && !generations[strings.ToLower(w)] && !strings.ContainsAny(w, ".0123456789")
}
