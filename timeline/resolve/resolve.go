package resolve

import (
	"slices"
	"sync"
	"unsafe"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/extract"
)

// Options control merging. The zero value merges with no publication
// dates known: an undated mention then joins only an event its own
// document tells.
type Options struct {
	// Published maps document ids to publication dates. An undated
	// mention joins an event told by another document only when it fits
	// strongly and was published in the days the event falls in.
	Published map[string]timeline.Date
	// DocTerms maps document ids to what each is about, a term per
	// occurrence: the ids of the actors it names, its content words.
	// Documents that share rare terms tell the same story, so their
	// events merge more readily; without it the events' own
	// participants and words stand in.
	DocTerms map[string][]string
	// Weights, when set, replace DefaultWeights in the second pass.
	Weights *Weights
	// Actors are the resolved actors the mentions' ids name: in an
	// archive, events that name different people are told apart (see
	// whoFit).
	Actors []timeline.Actor
}

// PublishedDates maps the ids of docs to their publication dates, for
// Options.Published; documents with no known date are left out.
func PublishedDates(docs []timeline.Document) map[string]timeline.Date {
	out := make(map[string]timeline.Date, len(docs))
	for i := range docs {
		if !docs[i].Published.IsZero() {
			out[docs[i].ID] = docs[i].Published
		}
	}
	return out
}

// Merge merges the per-document results into events and links, sorted by
// (date, id), with stable ids. It is Options{}.Merge.
func Merge(results []extract.Result) ([]timeline.Event, []timeline.Link) {
	return Options{}.Merge(results)
}

// Merge merges the per-document results into events and links: mentions
// of one real-world event (compatible kind and status, shared
// participants, overlapping dates, the same place) become one event that
// keeps every telling. Events are sorted by start date (undated last),
// then id; links by (from, to, kind). The output does not depend on the
// order of results.
func (o Options) Merge(results []extract.Result) ([]timeline.Event, []timeline.Link) {
	f := newFlattener(o.Published)
	f.stateOf = stateActors(o.Actors)
	recs := f.flatten(results)
	if len(recs) == 0 {
		return nil, nil
	}
	w := DefaultWeights()
	if o.Weights != nil {
		w = *o.Weights
	}
	// The documents are weighed before the first pass, which does not
	// read them, so that the terms are let go (below) before it makes
	// the merge's peak.
	ps := &pairScorer{docs: docVectors(f, recs, o.DocTerms, o.archive()), w: w, archive: o.archive()}
	if ps.archive {
		ps.people = people(f.actors.names, o.Actors)
		ps.named = namedCounts(f, o.DocTerms)
		ps.actorRank = f.actors.ranks()
	}
	// The terms are weighed: let the GC have them (12 MB of the
	// benchmark corpus's peak) unless the caller keeps them.
	o.DocTerms = nil
	ps.places = placeRanksOf(f.places.names, o.Actors)
	ps.groups, ps.orgs = groupKinds(f.actors.names, o.Actors)
	ps.persons = actorsOfKind(f.actors.names, o.Actors, timeline.Person)
	clusters := clusterRecords(recs, placeActorsOf(f.actors.names, o.Actors))
	ps.told = clusterFacts(clusters, recs)
	if ps.people != nil {
		ps.tellWho(clusters, recs)
	}
	// The second pass reads the clusters alone: the records are let go
	// through it, when the candidate pairs and the clustering's tables
	// make the merge's peak, and made again after it, the same (30 MB
	// less at the peak of the benchmark corpus, for 0.2 CPU seconds).
	n := len(recs)
	recs = nil
	makeRoom(n * int(unsafe.Sizeof(record{})))
	clusters = corefer(clusters, ps)
	makeRoom(n * int(unsafe.Sizeof(record{})))
	recs = f.flattenAgain(results)
	events, eventOf := buildEvents(recs, clusters)
	// The links, the fulfilments and the events' order read the events'
	// ids, dates, kinds and participants, and respelling writes their
	// summaries alone: they run side by side, each on its own CPU (they
	// took a tenth of the merge's wall time, one after another, on the
	// benchmark corpus).
	var links, fulfils []timeline.Link
	var wg sync.WaitGroup
	wg.Go(func() { links = mergeLinks(results, eventOf, events) })
	wg.Go(func() { fulfils = fulfilments(events, o.Published) })
	wg.Go(func() {
		if sp := misspellings(o.Actors); len(sp) > 0 {
			for i := range events {
				sp.respell(&events[i])
			}
		}
	})
	order := sortedOrder(events, compareEvents)
	wg.Wait()
	links = append(links, fulfils...)
	slices.SortFunc(links, compareLinks)
	links = slices.CompactFunc(links, func(a, b timeline.Link) bool {
		return a.From == b.From && a.To == b.To && a.Kind == b.Kind
	})
	permute(events, order)
	return events, links
}

// sortedOrder returns the indexes of s in the order slices.SortFunc(s,
// compare) would put them: the same sort, making the same comparisons,
// so the same order, ties and all. Sorting the indexes leaves s to be
// read meanwhile and moves each element once (permute), not in every
// swap.
//
// compare is handed pointers: the elements are read in place, so that
// the fields it does not compare may be written meanwhile (the events'
// summaries, respelled beside the sort).
func sortedOrder[T any](s []T, compare func(a, b *T) int) []int32 {
	order := make([]int32, len(s))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int { return compare(&s[a], &s[b]) })
	return order
}

// permute puts s[order[k]] at k, for every k, in place, following each
// cycle of the permutation. It uses up order.
func permute[T any](s []T, order []int32) {
	for i := range order {
		if order[i] < 0 {
			continue // placed with an earlier cycle
		}
		first, j := s[i], i
		for {
			k := int(order[j])
			order[j] = -1
			if k == i {
				s[j] = first
				break
			}
			s[j] = s[k]
			j = k
		}
	}
}

// archive reports whether the documents are an archive rather than a
// stream: they have terms, and most have no publication date (a date
// found in a few texts does not make a collection of undated articles a
// stream). A stream's document that lacks a date is the exception, and
// its undated tellings stay with it.
func (o Options) archive() bool {
	return len(o.DocTerms) > 0 && 2*len(o.Published) < len(o.DocTerms)
}

// copyKey identifies a telling by its words: the sentence, where its
// trigger sits in it, what it says happened and when.
type copyKey struct {
	sentence         string
	trigger          int
	kind             string
	status           statusClass
	dated            bool
	start, end, week int32
}

// copyOf returns r's copy key. An undated telling keys on its publication
// week too, so that a sentence reprinted a month later is not taken for
// the same news; one with no publication date has no key.
func copyOf(r *record) (copyKey, bool) {
	told := &r.m.Mention
	k := copyKey{sentence: told.Text, trigger: -1, kind: r.kind, status: r.status, dated: r.dated, start: r.start, end: r.end}
	if t := told.Trigger; t != nil {
		k.trigger = t.Start - told.Start
	}
	if !r.dated {
		if !r.hasPub {
			return k, false
		}
		k.week = r.published / 7
	}
	return k, k.sentence != ""
}

// bestCluster returns the event that r fits best. When two events fit
// equally well, r is ambiguous and joins neither.
func bestCluster(ix *index, cs *clusterList, recs []record, ri int32, place placeActors) (int32, judgement, bool) {
	r := &recs[ri]
	best, tie := int32(-1), false
	var bestJ judgement
	p := placing{r: r, ri: ri}
	ix.candidates(r, func(ci int32) {
		c := cs.at(ci)
		j := judge(r.family, &p, c, recs, place)
		if j.fit == noFit {
			return
		}
		if best < 0 {
			best, bestJ = ci, j
			return
		}
		rank := rankCandidate(j, c, bestJ, cs.at(best))
		if rank == 0 && r.family == famSpeech {
			rank = leadSaying(c, cs.at(best), recs)
		}
		switch rank {
		case 1:
			best, bestJ, tie = ci, j, false
		case 0:
			tie = true
		}
	})
	if bestJ.headline && !toldOnlyBy(recs, ri, cs.at(best)) {
		return -1, judgement{}, false
	}
	return best, bestJ, best >= 0 && !tie
}

// rankCandidate compares two candidate events for a mention: the speech
// act its participle tells how was done first, a better judgement next,
// then the event told by more documents and mentions.
func rankCandidate(j judgement, c *cluster, k judgement, d *cluster) int {
	switch {
	case j.elaborated != k.elaborated:
		if j.elaborated {
			return 1
		}
		return -1
	case j.better(k):
		return 1
	case k.better(j):
		return -1
	case j.otherSaying != k.otherSaying:
		if j.otherSaying {
			return -1
		}
		return 1
	case len(c.docs) != len(d.docs):
		return sign(len(c.docs) - len(d.docs))
	case len(c.members) != len(d.members):
		return sign(len(c.members) - len(d.members))
	case (len(c.actors()) > 0) != (len(d.actors()) > 0):
		// "The motion", naming nobody, takes up both the motion "Gaetz
		// filed" and "a motion" its writer told in between: the
		// telling that names who is the better one.
		if len(c.actors()) > 0 {
			return 1
		}
		return -1
	}
	return 0
}

func sign(n int) int {
	switch {
	case n > 0:
		return 1
	case n < 0:
		return -1
	}
	return 0
}

func join(ix *index, c *cluster, ci int32, r *record, ri int32, j judgement) {
	oldActors, oldAgents := c.actors(), c.agents()
	newDoc := !c.hasDoc(r.doc)
	c.add(r, ri, j.overlap)
	if newDoc {
		ix.file(blockKey{fam: r.fam, a: r.doc, kind: byDoc}, ci)
	}
	ix.fileGrowth(c, ci, oldActors, oldAgents)
}

// compareEvents orders events by start date, undated last, then id.
func compareEvents(a, b *timeline.Event) int {
	switch {
	case a.When == nil && b.When != nil:
		return 1
	case a.When != nil && b.When == nil:
		return -1
	case a.When != nil:
		if c := a.When.Start.Compare(b.When.Start); c != 0 {
			return c
		}
	}
	if a.ID < b.ID {
		return -1
	}
	if a.ID > b.ID {
		return 1
	}
	return 0
}
