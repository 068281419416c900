package actor

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// statePair reports whether every part of the hyphenated word w names a
// state, by name or adjective: "US-Russian", "Russia-Ukraine".
func statePair(g *gazetteer, w string) bool {
	n := 0
	for part := range strings.SplitSeq(w, "-") {
		nd := g.root[part]
		if nd == nil || nd.hit == nil || nd.hit.e.kind != timeline.Country || nd.hit.form != formName && nd.hit.form != formAdj {
			return false
		}
		n++
	}
	return n >= 2
}

// hyphenParts finds places and states named inside a hyphenated word
// ("U.S.-Russia talks"); demonyms inside one are states only beside
// another state ("US-Russian talks", not "anti-Russian").
func (s *sentence) hyphenParts(out []Mention, i int) []Mention {
	t := s.toks[i]
	w := s.text[t.start:t.end]
	off := t.start
	pair := statePair(s.g, w)
	for len(w) > 0 {
		part := w
		if j := strings.IndexByte(w, '-'); j >= 0 {
			part, w = w[:j], w[j+1:]
		} else {
			w = ""
		}
		a := off
		off += len(part) + 1
		nd := s.g.root[part]
		if nd == nil || nd.hit == nil || nd.hit.form != formName && !(pair && nd.hit.form == formAdj) {
			continue
		}
		e := nd.hit.e
		out = append(out, Mention{Start: a, End: a + len(part), Text: part, Name: e.name, Kind: e.kind,
			Country: countryOf(e), Ref: e.id, Modifier: true})
	}
	return out
}

// hyphenGiven reports whether the hyphenated word at i is a given name of
// two parts before a surname ("Ann-Marie Holt", "Jean-Pierre Dubois"):
// each part capitalised, the first a common given name.
func (s *sentence) hyphenGiven(i int) bool {
	w := s.str(i)
	first, _, _ := strings.Cut(w, "-")
	if !s.g.isGiven(first) || !s.capName(i+1) || s.toks[i+1].is(tHyphen) {
		return false
	}
	for part := range strings.SplitSeq(w, "-") {
		if part == "" || part[0] < 'A' || part[0] > 'Z' || strings.ToUpper(part) == part {
			return false
		}
	}
	return true
}
