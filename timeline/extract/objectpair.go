package extract

import (
	"slices"
	"strings"

	"github.com/storyline/storyline/timeline"
	wn "github.com/storyline/storyline/timeline/lexicon"
)

// pairAt returns the two people that patient word a, "both men" or "both
// women", stands for: the last two people named before it other than the
// event's agents ("Manfred suspended Hinch and Luhnow. Crane fired both
// men the same afternoon": Hinch and Luhnow, not Crane), or nil. A pair
// of things ("both sides", "both countries") is no pair of people, and
// "both X and Y" names its own.
func (p parsed) pairAt(a int, agents []string) []int {
	w := p.word(a)
	if w.UPOS != "NOUN" || !personPlural(strings.ToLower(w.Form)) || !p.opensOnBoth(a) || p.hasDependent(a, "conj") {
		return nil
	}
	x := p.x
	except := slices.Clone(agents)
	var refs []int
	for k := len(x.actors) - 1; k >= 0 && len(refs) < 2; k-- {
		m := x.actors[k]
		if m.End > w.Start || m.Kind != timeline.Person || m.Modifier || slices.Contains(except, x.id(k)) {
			continue
		}
		if w.Start-m.End > 800 {
			break
		}
		except = append(except, x.id(k))
		refs = append(refs, k)
	}
	if len(refs) < 2 {
		return nil
	}
	return []int{refs[1], refs[0]}
}

// opensOnBoth reports whether noun a has "both" before it ("both men"),
// a pre-conjunction or a determiner as the parse may tag it.
func (p parsed) opensOnBoth(a int) bool {
	for k := range a {
		if p.head(k) == a && strings.EqualFold(p.word(k).Form, "both") {
			return true
		}
	}
	return false
}

// personPlural reports whether w is the plural of a noun for a person:
// "men", "women", "leaders".
func personPlural(w string) bool {
	switch w {
	case "men", "women":
		return true
	}
	return strings.HasSuffix(w, "s") && wn.NounClass(strings.TrimSuffix(w, "s")) == "person"
}

// agentIDs returns the ids of the agents among actors.
func (x *extractor) agentIDs(actors []timeline.Participant) []string {
	var ids []string
	for _, a := range actors {
		if a.Role == timeline.RoleAgent {
			ids = append(ids, a.ID)
		}
	}
	return ids
}
