package resolve

import (
	"strings"

	wn "github.com/storyline/storyline/timeline/lexicon"
)

// nounAnaphor reports whether r and a telling of c in r's document, both
// naming nobody, tell their event by one event noun, at least one of them
// as "the", "this" or "that" noun: a writer who writes "the outage" again
// ("a global outage crippled its systems", "the outage began early
// Friday", "asked him to testify about the outage") means the outage
// already told, though no participant or place says so. A telling
// dated only by its paper's day is left out: that day says what had
// happened by then, not when ("the blockage has snarled shipping" would
// take the blockage days after it began). So is a document with no
// publication day: in an archive one text may recount a town's fires,
// each "the fire" (ECB+ train CoNLL F1 62.7 → 62.6 with them).
func nounAnaphor(r *record, c *cluster, recs []record) bool {
	if !r.hasPub || !c.hasDoc(r.doc) || len(r.actors()) > 0 || len(c.actors()) > 0 || !nounTelling(r) || publicationDated(r) {
		return false
	}
	for _, mi := range c.members {
		o := &recs[mi]
		if o.doc == r.doc && o.trigger == r.trigger && o.m.Mention.Start != r.m.Mention.Start &&
			nounTelling(o) && !publicationDated(o) && (refersBack(o, r) || refersBack(r, o)) {
			return true
		}
	}
	return false
}

// refersBack reports whether definite noun y can refer back to x, a
// telling of the same noun with an article: "the outage" to "a global
// outage" told before it, or to "the outage" anywhere ("the ceasefire
// would cover the entire front line" is not "a ceasefire agreed in
// 2015", told after it).
func refersBack(x, y *record) bool {
	if !definiteNoun(y) {
		return false
	}
	switch articled(x) {
	case "the":
		return true
	case "a":
		return x.m.Mention.Start < y.m.Mention.Start
	}
	return false
}

// articled returns the article that r's noun opens on within a few
// words before it, "a" (or "an") or "the" ("a global technology
// outage", "the outage"), or "": a noun with none, or with another
// determiner, tells a kind of event rather than one ("extended by
// mutual agreement", "any long-term agreement").
func articled(r *record) string {
	m := &r.m.Mention
	at := m.Trigger.Start - m.Start
	if at <= 0 || at > len(m.Text) {
		return ""
	}
	words := strings.Fields(m.Text[:at])
	for k := len(words) - 1; k >= max(0, len(words)-articleReach); k-- {
		switch w := strings.ToLower(words[k]); {
		case w == "a" || w == "an":
			return "a"
		case w == "the":
			return "the"
		case strings.ContainsAny(w, ",;:.!?\"“”()") || determiner(w):
			return ""
		}
	}
	return ""
}

// articleReach is how many words an article may stand before its noun.
const articleReach = 3

// nounTelling reports whether r tells its event by an event noun written
// as its lemma ("outage", not "outages" or "updated").
func nounTelling(r *record) bool {
	return r.trigger != "" && r.m.Mention.Trigger != nil && strings.ToLower(triggerText(r)) == r.trigger && wn.IsEventNoun(r.trigger)
}

// definiteNoun reports whether r's trigger follows a definite
// determiner.
func definiteNoun(r *record) bool {
	switch wordBefore(r) {
	case "the", "this", "that":
		return true
	}
	return false
}
