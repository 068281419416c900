package actor

import (
	"strings"

	"github.com/storyline/storyline/timeline"
	wn "github.com/storyline/storyline/timeline/lexicon"
)

// A body named by its common noun takes the country written right before
// it, as owner, modifier or adjective: "Israel's cabinet", "Britain’s
// government", "the Israel cabinet", "the Israeli security cabinet". The
// state is said in so many words, so it outweighs the home country a
// document or its story would give the noun, and every document that
// writes so names the same body. "The country's parliament" names no
// state and is left to the home country.

// stateBefore returns the country written before the body's words that
// start at token lo, passing over up to two lower-case words between
// ("Israel’s political security cabinet"), or "".
func (s *sentence) stateBefore(lo int) string {
	k := lo - 1
	for n := 0; n < 2 && s.word(k) && !s.toks[k].is(tCap) && !s.toks[k].is(tPoss) && !institutionDets[s.lower(k)] &&
		(wn.NounClass(s.lower(k)) != "" || adjectiveLike(s.lower(k))); n++ {
		k--
	}
	if !s.word(k) {
		return ""
	}
	if _, h := s.matchEndingAt(k); h != nil && h.e.kind == timeline.Country && (h.form == formName || h.form == formAdj) {
		return countryOf(h.e)
	}
	return ""
}

// ownedBody is a body whose country its document writes before it.
type ownedBody struct {
	m       *Mention
	country string
}

// ownedBodies lists the bodies named by a sole body's noun whose country
// Find read before them, before the home country renames them.
func ownedBodies(docs [][]Mention) []ownedBody {
	var out []ownedBody
	for d := range docs {
		for k := range docs[d] {
			m := &docs[d][k]
			if m.Kind == timeline.Organization && m.Ref == "" && m.Country != "" && soleBodies[ownedNoun(m)] {
				out = append(out, ownedBody{m, m.Country})
			}
		}
	}
	return out
}

// ownedNoun is the noun a body's mention calls it by: its text, or the
// sole body's name it took from the one named before it ("the full
// cabinet of ministers" after "Norvia's cabinet").
func ownedNoun(m *Mention) string {
	if t := strings.ToLower(m.Text); soleBodies[t] || !soleBodies[m.Name] {
		return t
	}
	return m.Name
}

// giveOwners names each owned body as its own country's: the
// gazetteer's body for it, else the noun after the country's adjective.
func giveOwners(g *gazetteer, owned []ownedBody) {
	for _, o := range owned {
		m, noun := o.m, ownedNoun(o.m)
		m.Name, m.Ref, m.Country = noun, "", ""
		g.rehome(m, o.country, true)
		if m.Ref != "" {
			continue
		}
		m.Country = o.country
		if state := g.byID[o.country]; state != nil && len(state.adj) > 0 {
			m.Name = state.adj[0] + " " + noun // "Norvian parliament"
		}
	}
}
