package resolve

import (
	"slices"
	"strings"

	wn "github.com/storyline/storyline/timeline/lexicon"
)

// headlineFits reports whether r, an undated telling in its document's
// headline that names nobody, tells c, an event its own document's body
// tells in the same kind and a related word: "Police end bank siege,
// gunman arrested" over "special forces stormed a bank on Thursday and
// arrested a gunman". A headline's few words name nobody the body's
// actors are, so it cannot fit by its participants; it repeats the body's
// news in short, so its document is the evidence. bestCluster lets it
// join only an event that holds every other telling of that kind in that
// word in its document (toldOnlyBy), and never an event of another
// document.
func headlineFits(r *record, c *cluster) bool {
	if r.dated || len(r.actors()) > 0 || !headline(r.first, r.m.Mention.Text) || r.m.Speaker >= 0 ||
		r.trigger == "" || r.kind != c.kind || !c.hasDoc(r.doc) {
		return false
	}
	for _, t := range c.triggers {
		if wn.Related(r.trigger, t) {
			return true
		}
	}
	return false
}

// headline reports whether text, a sentence that is its document's first
// telling when first, is the document's heading: the first line told,
// which a headline writes without the full stop that ends the first
// sentence of a text that has none ("Police end bank siege, gunman
// arrested" over "Bettie Page, the pin-up model, died."). The first line
// of the text itself may be one the reader dropped ("- Advertisement -").
func headline(first bool, text string) bool {
	if !first {
		return false
	}
	t := strings.TrimRight(text, " \t\n\"'”’)")
	return t != "" && !strings.ContainsAny(t[len(t)-1:], ".!?")
}

// toldOnlyBy reports whether every other telling in recs[ri]'s document
// of its kind in a related word is already c's: a headline over two
// arrests, or over a ceasefire offered and one agreed years ago (whatever
// their status or date, and whether or not the second is yet visited),
// cannot say which it tells. A document's records lie together in recs.
func toldOnlyBy(recs []record, ri int32, c *cluster) bool {
	r := &recs[ri]
	other := func(k int32) bool {
		o := &recs[k]
		return o.kind == r.kind && o.m.Mention.Start != r.m.Mention.Start &&
			wn.Related(r.trigger, o.trigger) && !slices.Contains(c.members, k)
	}
	for k := ri - 1; k >= 0 && recs[k].doc == r.doc; k-- {
		if other(k) {
			return false
		}
	}
	for k := ri + 1; int(k) < len(recs) && recs[k].doc == r.doc; k++ {
		if other(k) {
			return false
		}
	}
	return true
}
