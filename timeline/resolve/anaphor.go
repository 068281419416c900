package resolve

import (
	"slices"
	"strings"
	"unicode"

	wn "github.com/storyline/storyline/timeline/lexicon"
)

// nounAnaphor reports whether r and a telling of c in r's document, both
// naming nobody, tell their event by one event noun, or two of one sense
// ("an explosion", "the blast"), at least one of them as "the", "this" or
// "that" noun: a writer who writes "the outage" again ("a global outage
// crippled its systems", "the outage began early Friday", "asked him to
// testify about the outage") means the outage already told, though no
// participant or place says so; and a writer varies the word ("the
// blast", "the explosion": over the real stories of the last stops a
// blast, a walkout and a war were each split by their words, the same
// document telling both). A telling
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
		if o.doc == r.doc && (o.trigger == r.trigger || wn.Related(o.trigger, r.trigger)) && o.m.Mention.Start != r.m.Mention.Start &&
			nounTelling(o) && !publicationDated(o) && (refersBack(o, r) || refersBack(r, o)) {
			return true
		}
	}
	return false
}

// namedAnaphor reports whether r, "the" event noun naming nobody ("the
// Jeddah meeting came as …"), takes up a telling of c told before it in
// its document by a related word and naming someone ("where a US
// delegation met Ukrainian officials"): a writer names the participants
// once and then says "the meeting". Dated by the text, r takes up a
// telling of the same day, which keeps apart the meetings of a story's
// other days; undated, the nearest such telling before it (nearestNamed).
// The order keeps apart the meeting yet to be told ("the meeting" before
// "they met again on Friday").
func namedAnaphor(p *placing, c *cluster, recs []record) bool {
	r := p.r
	if !r.hasPub || r.dated && r.start != r.end || !c.hasDoc(r.doc) || len(r.actors()) > 0 || len(c.actors()) == 0 ||
		!nounTelling(r) || articled(r) != "the" || wordBefore(r) == "to" || publicationDated(r) {
		return false // "the favourite to win" tells a verb
	}
	if !r.dated {
		if !p.sought {
			p.antecedent, p.sought = nearestNamed(recs, p.ri), true
		}
		return p.antecedent >= 0 && slices.Contains(c.members, p.antecedent)
	}
	for _, mi := range c.members {
		o := &recs[mi]
		if takesUp(r, o) && o.dated && o.start == r.start && o.end == r.end && !publicationDated(o) {
			return true
		}
	}
	return false
}

// takesUp reports whether "the" noun r can take up o, told before it in
// its document by a related word of its kind (of a meeting or a call,
// any word: "held talks", "the meeting"), naming someone.
func takesUp(r, o *record) bool {
	return o.doc == r.doc && o.m.Mention.Start < r.m.Mention.Start && o.kind == r.kind && len(o.actors()) > 0 &&
		(o.trigger == r.trigger || anyWords(r.family) || wn.Related(o.trigger, r.trigger)) && namesWithin(r, o)
}

// nearestNamed returns the record that record ri's document tells last
// before it that ri can take up (takesUp), or -1. A document's records
// lie together.
func nearestNamed(recs []record, ri int32) int32 {
	r := &recs[ri]
	lo, hi := ri, ri
	for lo > 0 && recs[lo-1].doc == r.doc {
		lo--
	}
	for int(hi)+1 < len(recs) && recs[hi+1].doc == r.doc {
		hi++
	}
	best := int32(-1)
	for k := lo; k <= hi; k++ {
		if o := &recs[k]; takesUp(r, o) && (best < 0 || o.m.Mention.Start > recs[best].m.Mention.Start) {
			best = k
		}
	}
	return best
}

// namesWithin reports whether every capitalised word between r's article
// and its noun is written in o's sentence: "the Riyadh meeting" takes up
// no meeting in Paris.
func namesWithin(r, o *record) bool {
	m := &r.m.Mention
	at := m.Trigger.Start - m.Start
	words := strings.Fields(m.Text[:at])
	for k := len(words) - 1; k >= max(0, len(words)-articleReach); k-- {
		w := strings.Trim(words[k], "'’s")
		if strings.EqualFold(w, "the") {
			break
		}
		if w != "" && unicode.IsUpper([]rune(w)[0]) && !strings.Contains(o.m.Mention.Text, w) {
			return false
		}
	}
	return true
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
		case strings.ContainsAny(w, ",;:.!?\"“”()") || determiner(w) || anotherWords[w]:
			return "" // "a new eruption" is no other's (see another.go)
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
