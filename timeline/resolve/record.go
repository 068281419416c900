package resolve

import (
	"slices"
	"strings"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/extract"
	wn "github.com/storyline/storyline/timeline/lexicon"
)

// record is one event mention flattened for matching: ids interned to
// small integers, dates turned into day numbers.
//
// A record is held for every mention through the merge, so it keeps no
// copy of what the mention says: its telling, m.Mention with the document
// filled in, is made when needed (telling); it shares its words with
// the records of the same kind and trigger, and holds its ids in one list
// (idLists). (272 bytes a record, then 184 without the telling's copy,
// 104 now: 13 MB less again over the benchmark corpus's 164,472.)
type record struct {
	m       *extract.EventMention
	doc     int32
	docRank int32  // the document's place in alphabetical order
	docName string // the telling's document: m.Mention.Doc, else the result's
	fam     int32
	realm   realm // of kind: fixed, as the first pass merges one family
	status  statusClass
	dated   bool
	hasPub  bool
	// A telling's words are those of many others: they are made once
	// per kind and trigger as written, and shared (see wordsOf).
	*recordWords
	idLists

	start, end int32 // inclusive day numbers when dated
	// pubStart and pubEnd bound the days an undated mention can be
	// about, from its document's publication date; valid when hasPub.
	pubStart, pubEnd int32
	published        int32 // the publication day, when hasPub
	// first says that the telling starts where its document's first
	// telling does: its heading, when it reads as one (headline). (Last,
	// where the record had padding: it stays 104 bytes.)
	first bool
}

// recordWords are what a telling's kind and trigger, as written, say:
// the family they are merged within, the kind and the trigger's lemma,
// normalised.
type recordWords struct {
	family  string
	kind    string
	trigger string // the trigger's lemma, lower-cased
}

// wordsKey is a telling's kind and trigger as written.
type wordsKey struct{ kind, trigger string }

// telling returns the sentence that tells r: m.Mention with its document
// filled in.
func (r *record) telling() timeline.Mention {
	t := r.m.Mention
	t.Doc = r.docName
	return t
}

// idLists are the ids of the actors, the agents and the places (their
// case-folded names) a telling or an event names, each sorted and unique,
// one list after another in ids, nActors and nAgents of the first two:
// one list where three cost 48 bytes more a record or an event. A list
// is never written to once made: one that grows is made anew (union).
type idLists struct {
	ids              []int32
	nActors, nAgents int32
}

// actors are the ids of the actors named.
func (l *idLists) actors() []int32 { return l.idsIn(0, l.nActors) }

// agents are the ids of the agents named: a subset of the actors.
func (l *idLists) agents() []int32 { return l.idsIn(l.nActors, l.nActors+l.nAgents) }

// places are the ids of the places named.
func (l *idLists) places() []int32 { return l.idsIn(l.nActors+l.nAgents, int32(len(l.ids))) }

// idsIn returns ids[from:to], as a list appending to cannot spill past, or
// nil when empty, as the lists were when they were three.
func (l *idLists) idsIn(from, to int32) []int32 {
	if from == to {
		return nil
	}
	return l.ids[from:to:to]
}

// union returns the lists of l and o merged: l itself when o adds
// nothing to it, and new lists otherwise.
func (l idLists) union(o *idLists) idLists {
	a, g, p := l.actors(), l.agents(), l.places()
	oa, og, op := o.actors(), o.agents(), o.places()
	if countShared(a, oa) == len(oa) && countShared(g, og) == len(og) && countShared(p, op) == len(op) {
		return l
	}
	ids := make([]int32, 0, len(l.ids)+len(o.ids))
	ids = appendUnion(ids, a, oa)
	na := int32(len(ids))
	ids = appendUnion(ids, g, og)
	ng := int32(len(ids)) - na
	ids = appendUnion(ids, p, op)
	return idLists{ids: ids[:len(ids):len(ids)], nActors: na, nAgents: ng}
}

// width is the number of days a dated record spans.
func (r *record) width() int32 { return r.end - r.start + 1 }

// coarse reports whether the record's date is vaguer than a single day.
func (r *record) coarse() bool { return r.width() > 1 }

// interner gives strings small dense ids in first-seen order.
type interner struct {
	ids   map[string]int32
	names []string
}

func newInterner() *interner { return &interner{ids: map[string]int32{}} }

func (in *interner) id(s string) int32 {
	if id, ok := in.ids[s]; ok {
		return id
	}
	id := int32(len(in.names))
	in.ids[s] = id
	in.names = append(in.names, s)
	return id
}

// idOf is id(string(b)), allocating only for a string not seen before.
func (in *interner) idOf(b []byte) int32 {
	if id, ok := in.ids[string(b)]; ok {
		return id
	}
	return in.id(string(b))
}

// flattener turns results into records, interning as it goes.
type flattener struct {
	docs, actors, places, families *interner
	published                      map[string]timeline.Date
	// stateOf maps a country's government to the country (stateActors):
	// one agent for what either is said to do.
	stateOf map[string]string
	// placeAs remembers the id of each place name as written, so that
	// case folding happens once per name rather than once per mention.
	placeAs map[string]int32
	// arena holds the records' id lists back to back: one allocation
	// for all of them rather than several per record.
	arena []int32
	// words are the records' words by kind and trigger as written:
	// a few thousand, shared by 164,472 records of the benchmark corpus
	// (each record held its three strings, 48 bytes, and an "other"
	// telling its own family string).
	words map[wordsKey]*recordWords
}

func newFlattener(published map[string]timeline.Date) *flattener {
	return &flattener{
		docs: newInterner(), actors: newInterner(), places: newInterner(),
		families: newInterner(), published: published, placeAs: map[string]int32{},
		words: map[wordsKey]*recordWords{},
	}
}

// flatten returns one record per event mention of results.
func (f *flattener) flatten(results []extract.Result) []record {
	n, ids := 0, 0
	for i := range results {
		n += len(results[i].Events)
		for j := range results[i].Events {
			em := &results[i].Events[j]
			ids += 2*len(em.Actors) + len(em.Places)
		}
	}
	recs := make([]record, 0, n)
	f.arena = make([]int32, 0, ids)
	for ri := range results {
		res := &results[ri]
		lead := firstTelling(res)
		for ei := range res.Events {
			recs = append(recs, f.record(res, &res.Events[ei]))
			recs[len(recs)-1].first = res.Events[ei].Mention.Start == lead
		}
	}
	rank := f.docs.ranks()
	for i := range recs {
		recs[i].docRank = rank[recs[i].doc]
	}
	return recs
}

// firstTelling returns where the first telling of res's document starts.
// A document's heading is its first line, but not always at offset 0:
// lines the reader drops (a byline, a menu, "- Advertisement -") may come
// first, and tell nothing.
func firstTelling(res *extract.Result) int {
	first := -1
	for i := range res.Events {
		if s := res.Events[i].Mention.Start; first < 0 || s < first {
			first = s
		}
	}
	return first
}

// ranks returns each id's place in the alphabetical order of the names,
// which unlike the ids does not depend on the order names were met.
func (in *interner) ranks() []int32 {
	order := make([]int32, len(in.names))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int { return strings.Compare(in.names[a], in.names[b]) })
	rank := make([]int32, len(order))
	for r, id := range order {
		rank[id] = int32(r)
	}
	return rank
}

func (f *flattener) record(res *extract.Result, m *extract.EventMention) record {
	doc := m.Mention.Doc
	if doc == "" {
		doc = res.Doc
	}
	r := record{
		m: m, doc: f.docs.id(doc), docName: doc,
		recordWords: f.wordsOf(m),
		status:      classOf(m.Status),
	}
	r.realm = realmOf(r.kind)
	r.fam = f.families.id(r.family)
	start := len(f.arena)
	r.nActors, r.nAgents = f.participants(m.Actors, r.family != famSpeech)
	f.placeIDs(m.Places)
	if end := len(f.arena); end > start {
		r.ids = f.arena[start:end:end]
	}
	if w := m.When; w != nil && plausible(w.Start) && plausible(w.End) && !w.End.Before(w.Start) {
		r.dated, r.start, r.end = true, dayNumber(w.Start), dayNumber(w.End)
	}
	if p, ok := f.published[doc]; ok && plausible(p) {
		before, after := undatedWindow(r.family, r.status)
		d := dayNumber(p)
		r.hasPub, r.pubStart, r.pubEnd, r.published = true, d-before, d+after, d
	}
	return r
}

// wordsOf returns the shared words of m's kind and trigger, made the first
// time they are met. Once every telling's are made (flatten), it only
// reads the map, which flattenAgain's workers share.
func (f *flattener) wordsOf(m *extract.EventMention) *recordWords {
	k := wordsKey{m.Kind, m.Trigger}
	if w, ok := f.words[k]; ok {
		return w
	}
	kind := normKind(m.Kind)
	t := triggerWord(m.Trigger)
	w := &recordWords{kind: kind, trigger: t, family: familyOf(kind, t)}
	f.words[k] = w
	return w
}

// triggerWord returns trigger lower-cased, and singular when the lexicon
// knows only its singular: a name's plural is left as the tagger read it
// ("the Academy Awards" is "awards", "the deaths" may be "deaths"), and
// a plural the lexicon does not know relates to no word, not even its
// singular ("award"). Others are the lemma they were.
func triggerWord(trigger string) string {
	t := strings.ToLower(strings.TrimSpace(trigger))
	if !strings.HasSuffix(t, "s") || strings.HasSuffix(t, "ss") || len(wn.Senses(t)) > 0 {
		return t
	}
	for _, c := range [...]struct{ plural, singular string }{{"ies", "y"}, {"es", ""}, {"s", ""}} {
		if s, ok := strings.CutSuffix(t, c.plural); ok && len(wn.Senses(s+c.singular)) > 0 {
			return s + c.singular
		}
	}
	return t
}

// undatedWindow returns how many days before and after its publication
// date an undated mention may be about. News tells what happened in the
// past week and what is to come in the next two; a statement it reports
// without a date was made in the last two days: a speaker says something
// new often enough that a week would be too wide.
func undatedWindow(family string, status statusClass) (before, after int32) {
	switch {
	case status == classFuture:
		return 0, 14
	case status != classHappened:
		return 7, 7
	case family == famSpeech:
		return 2, 0
	}
	return 7, 0
}

// participants appends to the arena the ids of the actors of ps, then
// those of its agents, each sorted and unique, and returns how many of
// each.
func (f *flattener) participants(ps []timeline.Participant, asState bool) (actors, agents int32) {
	start := len(f.arena)
	for _, p := range ps {
		if p.ID != "" {
			f.arena = append(f.arena, f.actors.id(f.state(p.ID, asState)))
		}
	}
	actors = f.keepUnique(start)
	start = len(f.arena)
	for _, p := range ps {
		if p.ID != "" && p.Role == timeline.RoleAgent {
			f.arena = append(f.arena, f.actors.id(f.state(p.ID, asState)))
		}
	}
	return actors, f.keepUnique(start)
}

// keepUnique sorts the arena's ids from start on and drops their repeats,
// and returns how many are left.
func (f *flattener) keepUnique(start int) int32 {
	n := len(sortedUnique(f.arena[start:]))
	f.arena = f.arena[:start+n]
	return int32(n)
}

// placeIDs appends to the arena the ids of places, sorted and unique.
func (f *flattener) placeIDs(places []string) {
	start := len(f.arena)
	for _, p := range places {
		id, ok := f.placeAs[p]
		if !ok {
			id = -1
			if folded := strings.ToLower(strings.TrimSpace(p)); folded != "" {
				id = f.places.id(folded)
			}
			f.placeAs[p] = id
		}
		if id >= 0 {
			f.arena = append(f.arena, id)
		}
	}
	f.keepUnique(start)
}

func sortedUnique(s []int32) []int32 {
	slices.Sort(s)
	return slices.Compact(s)
}

// plausible reports whether d is a date that day numbers can hold, of the
// common era; others count as no date. A date before year 1 is a
// relative one ("last night") reckoned from no publication date, the
// same wrong day in every document: as a date it joined an archive's
// "last night"s of every story and set them against all the others
// (ECB+ train CoNLL F1 61.3 → 61.6, dev unchanged).
func plausible(d timeline.Date) bool {
	return !d.IsZero() && d.Year > 0 && d.Year < 100000 && d.Month >= 1 && d.Month <= 12 && d.Day >= 1 && d.Day <= 31
}
