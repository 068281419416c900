package resolve

import (
	"slices"

	wn "github.com/storyline/storyline/timeline/lexicon"
)

// A named person dies once. Every telling of the killing or the death of
// one named person is one happening, whatever kind the extractor gave it
// (an attack where the killer is named: "Carl Dahl was killed by two
// gunmen"; a death where not: "Dahl was killed as he left"; "Dahl died at
// the scene"), in one document or several. Where one document told it as
// an attack and as a death, its two tellings stood apart, and kept every
// other outlet's telling from joining both. And two persons' deaths are
// two happenings: "Gus Holm killed Carl Dahl" and "Gus Holm was killed"
// had merged as one killing told twice.

// deathFit is how the deaths two events tell agree.
type deathFit uint8

const (
	deathsUnknown deathFit = iota // either tells no one named person's death
	deathsSame                    // both tell the death of one person
	deathsApart                   // two persons' deaths
)

// deaths reports whether events a and b tell the death of the same one
// named person, or of two.
func (ps *pairScorer) deaths(a, b *cluster) deathFit {
	va, ok := ps.victim(a)
	if !ok {
		return deathsUnknown
	}
	vb, ok := ps.victim(b)
	switch {
	case !ok:
		return deathsUnknown
	case va == vb:
		return deathsSame
	}
	return deathsApart
}

// victim returns the one named person whose death c tells: by a word the
// lexicon files as a death ("kill", "murder", "death", "die"), of the
// harm realm. The agent of an attack is its killer; the agent of a death
// ("Dahl died") the one who died. Two persons, or none, name no victim.
func (ps *pairScorer) victim(c *cluster) (int32, bool) {
	if c.realm != realmHarm || !slices.ContainsFunc(c.triggers, deathWord) {
		return 0, false
	}
	v := int32(-1)
	for _, id := range c.actors() {
		if int(id) >= len(ps.persons) || !ps.persons[id] || c.kind != "death" && slices.Contains(c.agents(), id) {
			continue
		}
		if v >= 0 {
			return 0, false
		}
		v = id
	}
	return v, v >= 0
}

func deathWord(w string) bool { return wn.Kind(w, false) == "death" || wn.Kind(w, true) == "death" }
