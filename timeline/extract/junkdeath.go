package extract

import (
	"strings"

	wn "github.com/storyline/storyline/timeline/lexicon"
)

// deathInName reports whether bare noun i, lemma l, is the death of a
// fixed name for a thing: "the blue screen of death", "a wall of death",
// "the angel of death". A death that happens is someone's or has a
// determiner ("the death of a guard", "his death", "news of the
// killing"); a bare one after "of" that completes a thing (an artifact,
// a place, a figure), and no act or report, is only the thing's name.
func (p parsed) deathInName(i int, l string) bool {
	if wn.Kind(l, true) != "death" || p.caseOf(i) != "of" || p.rel(i) != "nmod" || !strings.EqualFold(p.word(i).Form, l) {
		return false
	}
	for k := range p.s.Words {
		if p.head(k) == i && p.word(k).Deprel != "case" && p.word(k).Deprel != "punct" {
			return false // "the death", "his death", "death of a guard"
		}
	}
	h := p.head(i)
	if h < 0 || p.word(h).UPOS != "NOUN" {
		return false
	}
	switch wn.NounClass(strings.ToLower(p.word(h).Lemma)) {
	case "artifact", "object", "location", "person", "animal", "body", "plant", "shape":
		return true
	}
	return false
}
