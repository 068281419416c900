package extract

import (
	"strings"

	wn "github.com/storyline/storyline/timeline/lexicon"
)

// themNoun returns the plural noun of its own sentence that "them", the
// object whose deed an infinitive is, stands for when no group actor
// does, or o itself: in "pension funds faced margin calls as prices
// fell, forcing them to sell assets" the ones forced to sell are the
// funds, and in "the order loosened rules for truck drivers, allowing
// them to work longer hours" the drivers. The nearest plural before it
// that can be made or let to act is meant: people or a body of them,
// or the subject of the sentence's own verb; prices and calls are not.
func (p parsed) themNoun(o int) int {
	if !strings.EqualFold(p.word(o).Form, "them") || p.pronounRef(o) >= 0 {
		return o
	}
	v := p.head(o)
	for k := o - 1; k >= 0; k-- {
		w := p.word(k)
		if w.UPOS != "NOUN" || !strings.Contains(w.Feats, "Number=Plur") || p.rel(k) == "compound" || k == v {
			continue
		}
		switch wn.NounClass(strings.ToLower(w.Lemma)) {
		case "person", "group":
			return k
		}
		if p.rel(k) == "nsubj" && p.head(k) >= 0 && p.rel(p.head(k)) == "root" {
			return k
		}
	}
	return o
}
