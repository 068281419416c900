package resolve

import (
	"cmp"
	"slices"
)

// pairScorer weighs a candidate pair of the second pass's events.
type pairScorer struct {
	docs []docVector
	w    Weights
	// archive says that the documents are a collection of articles
	// mostly without dates, not a news stream (Options.archive). Time
	// then cannot tell most tellings apart, and the documents' likeness
	// must: undated tellings from different documents may merge, which
	// in a stream a publication day decides.
	archive bool
	// kth is, in an archive, each document's nearK-th closest cosine
	// (nearCosines); nil otherwise.
	kth []float64
	// people describes each actor id for whoFit, in an archive; nil
	// otherwise.
	people []person
	// groups and orgs mark the actor ids that are groups told by a
	// common noun and named organisations (groupKinds).
	groups, orgs []bool
	// named counts how often each document names each actor id
	// (namedCounts), and actorRank is each id's place in the order of
	// the names: for tellWho, in an archive.
	named     []map[int32]int32
	actorRank []int32
	// places says which places may lie in which (placesApart).
	places placeRanks
	// persons marks the actor ids that name a person (sameDeath).
	persons []bool
	// spots are the events' days and first documents, for eachPair,
	// and what score asks of every pair first.
	spots []spot
	// words are the events' trigger words, as numbers, for score.
	words *eventWords
	// near, when set, holds the nearCosine of every pair of documents
	// (nearTable); otherwise cosines, when set, remembers them: each
	// worker scoring pairs has its own (see forWorker).
	near    *docCosines
	cosines *cosineCache
	// told are what the events' tellings say beside their dates
	// (clusterFacts): counts, past years.
	told []toldFacts
}

// forWorker returns a copy of ps for one goroutine, with its own cache.
func (ps *pairScorer) forWorker() *pairScorer {
	w := *ps
	if ps.near == nil {
		w.cosines = newCosineCache(ps.docs)
	}
	w.words = ps.words.forWorker()
	return &w
}

// score returns how strongly two events look like one, or false when the
// pair is no candidate at all or one the first pass judged. Different
// statuses, dates that cannot overlap, different agents, different places,
// two speakers and kinds of two realms (kindsClash) are cannot-links (in
// an archive, but for two speakers, they only count against: see
// conflict, archiveKindClash, archiveStatusClash).
func (ps *pairScorer) score(cs *clusterList, ia, ib int32) (float64, bool) {
	sa, sb := &ps.spots[ia], &ps.spots[ib]
	// The first pass meets only the tellings of one family: in a stream
	// it never weighed "regulators have closed the bank" against "the
	// bank was shut down by regulators" (two words of kind other), nor
	// one word the extractor filed under two kinds, and here they are
	// weighed when both name someone. (In an archive, ECB+ dev CoNLL F1
	// fell 69.7 → 69.5 with them, train 62.6 → 62.5. A telling that
	// names nobody, weighed so against a named one, merged "an
	// altercation led to the shooting" with "took police six hours".)
	if judgedSpots(sa, sb, ps.archive) && (ps.archive || !sa.named || !sb.named || cs.at(ia).fam == cs.at(ib).fam) && !ps.doerAndDone(cs.at(ia), cs.at(ib)) &&
		!ps.unnamedBefallen(cs.at(ia), cs.at(ib), ia, ib) && !ps.namelessNoun(cs.at(ia), cs.at(ib), ia, ib) {
		if a, b := cs.at(ia), cs.at(ib); !ps.archive && agentsApart(a, b) && !ps.groupStandsFor(a.agents(), b.agents()) {
			// The first pass kept them apart for their agents: unnamed
			// tellings that each resembles ("defeat") must not join them
			// after all ("Buckland's defeat in Swindon South", "Labour
			// has won 326 seats").
			return cannotLink, true
		}
		return 0, false
	}
	w := ps.w
	switch ps.deaths(cs.at(ia), cs.at(ib)) {
	case deathsSame:
		if sa.status == sb.status && timeFit(cs.at(ia), cs.at(ib), false, ps.archive) >= 0 {
			return w.SameWord + w.Doc*(1-w.DocBias), true
		}
	case deathsApart:
		return ps.conflict(), true
	}
	s := 0.0
	if sa.status != sb.status {
		// In an archive an article written before the event tells it as
		// to come ("Weitz will direct the sequel") and one written after
		// as done, and no publication day says which was which: there
		// the statuses only weigh against (see archiveStatusClash).
		if !ps.archive {
			return cannotLink, true
		}
		s -= archiveStatusClash
	}
	shared := false
	switch ps.words.alike(ia, ib, sa, sb) {
	case wordsShared:
		s += w.SameWord
		shared = true
	case wordsRelated:
		s += w.RelatedWord
	default:
		return 0, false
	}
	if ps.toldApart(cs, ia, ib) {
		return ps.conflict(), true
	}
	a, b := cs.at(ia), cs.at(ib)
	if ps.thinUndated(a, b, ia, ib) || ps.lightApart(a, b, ia, ib) {
		return 0, false
	}
	// In an archive, a telling without a day was never weighed by its
	// participants in the first pass, and they are named loosely ("the
	// administration", "Obama"): different agents then weigh nothing
	// rather than forbid the merge.
	loose := ps.archive && (!sa.placed || !sb.placed)
	if clashes(a.realm, b.realm) {
		// One word, two senses: "fired" from a job, "fired" a gun. In
		// an archive the extractor's sense is a guess from loosely named
		// participants, and many tellings are filed under the wrong one:
		// there a clash only weighs against (as a cannot-link, ECB+ dev
		// CoNLL F1 fell from 63.2 to 62.7).
		if !ps.archive {
			return cannotLink, true
		}
		s -= archiveKindClash
	}
	speech := sa.speech || sb.speech
	switch t := timeFit(a, b, speech, ps.archive); {
	case t < 0:
		return ps.conflict(), true
	case t > 0:
		s += w.Overlap
	}
	switch {
	case len(a.agents()) > 0 && len(b.agents()) > 0 && sharesAny(a.agents(), b.agents()):
		s += w.SharedAgent
	case speech && twoSpeakers(a.agents(), b.agents(), ps.archive):
		// A statement is its speaker's: without one in common, two
		// sayings stay apart, in an archive too, where softening this
		// gained ECB+ 0.4 but made one saying of thirty speakers. (With
		// no speaker named on either side, "he was charged with murder",
		// the words and documents judge.)
		return cannotLink, true
	case len(a.agents()) > 0 && len(b.agents()) > 0 && !loose && !ps.groupStandsFor(a.agents(), b.agents()):
		return cannotLink, true
	case sharesAny(a.actors(), b.actors()):
		s += w.SharedActor
	}
	// A subject named alike is an agent the actors do not know ("Storm
	// Ilse battered", "Storm Ilse struck"; "Chargers' Jamal Williams
	// arrested", "Williams' DUI arrest"). In a stream two subjects are
	// two events; in an archive, where one name is told of in many
	// years, they forbid nothing, and the subjects file no blocks (see
	// blocksOf), but one shared still counts (ECB+ CoNLL F1 dev 69.4 →
	// 69.6, train 62.1 unchanged).
	if na, nb := spotSubject(sa, a), spotSubject(sb, b); na != 0 && nb != 0 {
		switch {
		case na == nb:
			s += w.SharedAgent
		case !ps.archive:
			return cannotLink, true
		}
	}
	differ := false
	if ps.people != nil {
		// In an archive, where agents named differently forbid nothing
		// (loose), who the events happened to still counts: two arrests
		// of two players, two climbers' deaths. Their own named people
		// count most; what their documents are about, less (ECB+ dev
		// CoNLL F1 63.4 → 63.7, train 59.3 → 59.4; more against either
		// split the events the extractor names wrongly).
		switch whoFit(a.who(), b.who(), ps.people) {
		case whoAgree:
			s += w.SamePeople
		case whoDiffer:
			s -= w.OtherPeople
			differ = true
		}
		if whoFit(a.docWho(), b.docWho(), ps.people) == whoDiffer {
			s -= w.OtherDocPeople
		}
	}
	if len(a.places()) > 0 && len(b.places()) > 0 {
		switch {
		case sharesAny(a.places(), b.places()):
			s += w.SharedPlace
		// Tellings that name nobody (the quake, the shooting) are
		// placed as loosely as they are told: one "in Morocco", another
		// "in Al Haouz". Where either names someone, any two places
		// stay apart (letting a country hold a town there too moved
		// tellings of Witkoff's talks in Moscow to talks of the United
		// States in the gold stories, talks precision .573 → .566).
		case len(a.actors())+len(b.actors()) > 0 || ps.places.placesApart(a.places(), b.places()):
			return ps.conflict(), true
		}
	}
	if !differ && !ps.toldUnmet(a, b) {
		// Documents alike in every word say nothing for two events
		// whose own named people differ: two reports of two arrests of
		// one team's players read as alike as two copies of one report.
		// Nor does one document for two kinds it tells (toldUnmet).
		cos := ps.docCosineOf(a, b, sa, sb)
		if ps.retoldSameDay(a, b, sa, sb, ia, ib, shared) {
			cos = 1 // one writer's words, alike to themselves
		}
		s += w.Doc * (cos - w.DocBias)
	}
	return s, true
}

// agentsApart reports whether both events name who did them and no one
// in common: two events, as score holds of the pairs it weighs.
func agentsApart(a, b *cluster) bool {
	return len(a.agents()) > 0 && len(b.agents()) > 0 && !sharesAny(a.agents(), b.agents())
}

// twoSpeakers reports whether sayings whose speakers are aAgents and
// bAgents, sharing none, are two speakers': when both name one, or, in a
// stream, when either does. In an archive a saying named by nobody is
// one whose speaker the extractor did not find ("the company has
// released a patch", "officials said"), not another speaker's: its words
// and documents judge, while the cannot-links between named speakers
// keep their sayings apart (ECB+ CoNLL F1 train 61.6 → 61.7, dev 68.3 →
// 68.4; no saying gained a speaker). In a stream a day tells sayings
// apart, and an unnamed one there is as often another speaker's (the
// gold stories' talks precision fell from .581 to .560 with it).
func twoSpeakers(aAgents, bAgents []int32, archive bool) bool {
	if archive {
		return len(aAgents) > 0 && len(bAgents) > 0
	}
	return len(aAgents)+len(bAgents) > 0
}

// archiveConflict is how much a disagreement of times, speakers or
// places counts against a pair in an archive, where it forbids nothing:
// its dates are mostly guessed from the text and its participants named
// loosely, so many tellings that agree outweigh one that does not. On the
// ECB+ train topics 1 and 3 score alike, 10 a little lower.
const archiveConflict = 3

// archiveStatusClash is how much statuses of two classes (what happened,
// what is to come, what is denied or supposed) count against a pair in
// an archive. ECB+ train CoNLL F1 61.9 → 62.1 with 1 (62.0 with
// archiveConflict's 3), dev 68.4 → 68.5.
const archiveStatusClash = 1

// archiveKindClash is how much kinds of two realms count against a pair
// in an archive.
const archiveKindClash = 1

// conflict is the score of a pair whose times, speakers or places
// disagree: in a stream, a cannot-link.
func (ps *pairScorer) conflict() float64 {
	if ps.archive {
		return -archiveConflict
	}
	return cannotLink
}

// judged reports whether the first pass has judged the pair, or should
// have: when both name participants, or both are dated and one names
// some, the first pass's answer stands. The second pass is for tellings
// that give it too little to go on: no one named, or no day.
func judged(a, b *cluster, archive bool) bool {
	sa := spot{placed: placed(a), dated: a.dated, named: len(a.actors()) > 0}
	sb := spot{placed: placed(b), dated: b.dated, named: len(b.actors()) > 0}
	return judgedSpots(&sa, &sb, archive)
}

// judgedSpots is judged of two events' spots.
func judgedSpots(a, b *spot, archive bool) bool {
	if archive && (!a.placed || !b.placed) {
		// The first pass merges an undated telling across documents
		// only by its publication day: with none, it never judged.
		return false
	}
	return a.named && b.named || a.dated && b.dated && (a.named || b.named)
}

// docCosine is the mean cosine between the two events' documents (the
// first docsCompared of each, in alphabetical order). Events that one
// document tells apart are as alike as two tellings in one document,
// however many copies of it there are: its own telling decides.
func (ps *pairScorer) docCosine(a, b *cluster) float64 {
	docs := ps.docs
	if shareDoc(a, b) {
		return ps.w.SameDoc
	}
	sum, n := 0.0, 0
	for _, x := range firstDocs(a, docs) {
		for _, y := range firstDocs(b, docs) {
			if x == y {
				sum += ps.w.SameDoc
			} else {
				sum += ps.nearCosine(x, y)
			}
			n++
		}
	}
	if n == 0 {
		return 0
	}
	return sum / float64(n)
}

func (ps *pairScorer) nearCosine(x, y int32) float64 {
	if ps.near != nil && x != y {
		return ps.near.cos[ps.near.slot(int(min(x, y)), int(max(x, y)))]
	}
	if ps.cosines != nil {
		return ps.cosines.nearCosine(x, y, ps.docs, ps.kth)
	}
	return nearCosine(x, y, ps.docs, ps.kth)
}

// docCosineOf is docCosine of events a and b, of spots sa and sb: most
// events are told by one document, whose cosine it is.
func (ps *pairScorer) docCosineOf(a, b *cluster, sa, sb *spot) float64 {
	if !sa.oneDoc || !sb.oneDoc {
		return ps.docCosine(a, b)
	}
	if sa.doc == sb.doc {
		return ps.w.SameDoc
	}
	return ps.nearCosine(sa.doc, sb.doc)
}

// firstDocs returns up to docsCompared of c's documents, by name.
func firstDocs(c *cluster, docs []docVector) []int32 {
	if len(c.docs) <= docsCompared {
		return c.docs
	}
	ds := slices.Clone(c.docs)
	slices.SortFunc(ds, func(x, y int32) int { return cmp.Compare(docs[x].rank, docs[y].rank) })
	return ds[:docsCompared]
}
