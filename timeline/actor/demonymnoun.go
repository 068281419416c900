package actor

import "slices"

// News calls a person it has named by where they come from with a noun
// of its own ("The Spaniard, 47, was appointed in May", "the Briton
// said she was delighted"): one person, the one named just before, as
// "the 47-year-old" is (see personDesc), never a body named "Spaniard".
// An adjective that serves as the noun ("the Italian said") is left
// alone, as ever.

// demonymMen are the nouns for one person of a people that English
// makes with "-man" or "-woman".
var demonymMen = map[string]bool{"Frenchman": true, "Frenchwoman": true, "Englishman": true, "Englishwoman": true,
	"Dutchman": true, "Dutchwoman": true, "Irishman": true, "Irishwoman": true, "Welshman": true, "Welshwoman": true,
	"Scotsman": true, "Scotswoman": true}

// demonymNoun reports whether token k is a capitalised noun for one
// person of a state's people: the gazetteer's plural without its "s"
// ("Spaniard", "Briton", "Dane") where that is no adjective of the state,
// or one of demonymMen.
func (s *sentence) demonymNoun(k int) bool {
	if !s.word(k) || !s.toks[k].is(tCap) || s.toks[k].is(tUpper) {
		return false
	}
	w := s.str(k)
	if demonymMen[w] {
		return true
	}
	nd := s.g.root[w+"s"]
	return nd != nil && nd.hit != nil && nd.hit.form == formPeople && !slices.Contains(nd.hit.e.adj, w)
}
