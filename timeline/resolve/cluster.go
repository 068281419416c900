package resolve

import "slices"

// cluster is an event being built: the mentions merged so far and what
// they agree on.
type cluster struct {
	fam int32
	// start and end are the intersection of the dated mentions that
	// overlap; dated says whether there is one.
	start, end int32
	// pubFirst and pubLast are the first and last publication days of
	// the members' documents, where known.
	pubFirst, pubLast int32
	// subject is the first named subject its tellings give when they
	// name nobody (subjectOf), 0 when none does.
	subject uint32
	// counts spans the counts its tellings give (tellingCount), which a
	// new telling's must not lie far from (countsClash).
	counts countSpan
	// realm is kind's, which a telling of the same family never changes.
	realm  realm
	status statusClass
	dated  bool
	hasPub bool
	// reached says that every count its tellings give is a value a
	// change reached ("rose to 13": reachedClash).
	reached bool

	kind string // the most specific kind told so far
	// triggers are the members' distinct trigger lemmas, up to
	// maxTriggers: a new telling must use a word related to one of them.
	triggers []string
	// idLists are who and where: what the members name.
	idLists
	docs []int32 // sorted unique

	members []int32 // record indexes

	// named, in an archive, is who the event happened to (tellWho); nil
	// elsewhere, or when it names nobody: most events keep no lists for
	// it. (The cluster was 256 bytes with them, 200 without, 160 with its
	// actors, agents and places in one list.)
	named *clusterWho
}

// clusterList holds the events in chunks of a fixed size. There are never
// more events than records, but room for that many held a third more
// than needed on the benchmark corpus, and growing a list by appending
// holds the old array and the new at once; a chunk, once full, is never
// copied. (Copying the chunks into one slice for the second pass held
// the events twice over, 24 MB of the benchmark corpus, at the end of
// the first.)
type clusterList struct {
	chunks [][]cluster
	n      int32
	// spare holds emptied chunks to fill before any new one (mergeBins).
	spare [][]cluster
}

// clusterChunk is the number of events a chunk holds, a power of two.
const clusterChunk = 1 << 12

func (l *clusterList) at(i int32) *cluster {
	return &l.chunks[uint32(i)/clusterChunk][uint32(i)%clusterChunk]
}

func (l *clusterList) len() int { return int(l.n) }

// add appends c and returns its index.
func (l *clusterList) add(c cluster) int32 {
	if l.n%clusterChunk == 0 {
		if k := len(l.spare); k > 0 {
			l.chunks = append(l.chunks, l.spare[k-1])
			l.spare = l.spare[:k-1]
		} else {
			l.chunks = append(l.chunks, make([]cluster, 0, clusterChunk))
		}
	}
	last := &l.chunks[len(l.chunks)-1]
	*last = append(*last, c)
	l.n++
	return l.n - 1
}

// truncate keeps the first n events, letting the GC have the others and
// the chunks they leave empty.
func (l *clusterList) truncate(n int32) {
	keep := (int(n) + clusterChunk - 1) / clusterChunk
	if keep > 0 {
		last := &l.chunks[keep-1]
		end := int(n) - (keep-1)*clusterChunk
		clear((*last)[end:])
		*last = (*last)[:end]
	}
	clear(l.chunks[keep:])
	l.chunks = l.chunks[:keep]
	l.n = n
}

func (c *cluster) coarse() bool { return c.end > c.start }

func (c *cluster) hasDoc(doc int32) bool {
	_, found := slices.BinarySearch(c.docs, doc)
	return found
}

func newCluster(r *record, ri int32) cluster {
	c := cluster{
		fam: r.fam, kind: r.kind, realm: r.realm, status: r.status,
		idLists: r.idLists,
		dated:   r.dated, start: r.start, end: r.end,
	}
	c.add(r, ri, true)
	return c
}

// add makes r a member; narrow says whether r's date overlaps and so
// narrows the event's interval.
func (c *cluster) add(r *record, ri int32, narrow bool) {
	c.members = append(c.members, ri)
	c.widenCounts(r)
	if c.subject == 0 {
		c.subject = subjectOf(r.m)
	}
	if r.trigger != "" && len(c.triggers) < maxTriggers && !slices.Contains(c.triggers, r.trigger) {
		c.triggers = append(c.triggers, r.trigger)
	}
	if s := occurredSubject(r); s != "" && len(c.triggers) < maxTriggers && !slices.Contains(c.triggers, s) {
		c.triggers = append(c.triggers, s)
	}
	if !c.hasDoc(r.doc) {
		c.docs = insertSorted(c.docs, r.doc)
	}
	if len(c.members) > 1 {
		c.idLists = c.idLists.union(&r.idLists)
		if generic(c.kind) && !generic(r.kind) {
			c.kind = r.kind
		}
	}
	if narrow && r.dated {
		if !c.dated {
			c.dated, c.start, c.end = true, r.start, r.end
		} else {
			c.start, c.end = max(c.start, r.start), min(c.end, r.end)
		}
	}
	if r.hasPub {
		if !c.hasPub {
			c.hasPub, c.pubFirst, c.pubLast = true, r.published, r.published
		} else {
			c.pubFirst, c.pubLast = min(c.pubFirst, r.published), max(c.pubLast, r.published)
		}
	}
}

func insertSorted(s []int32, v int32) []int32 {
	i, _ := slices.BinarySearch(s, v)
	return slices.Insert(s, i, v)
}

// judgement is how a mention fits a cluster; the zero value is no fit.
type judgement struct {
	fit     fit
	overlap bool // the dates overlap (or r is undated and fits by window)
	// headline says r fits only as its document's headline (headlineFits).
	headline bool
	// otherSaying says that r, something said, shares no content word
	// with c's tellings (sayingFits): another outlet's words for it, or
	// another saying, so an event whose tellings say the same is a
	// better one to join.
	otherSaying bool
	// elaborated says that r tells how a speech act of c was done, in
	// its sentence (elaborated): no event fits it better.
	elaborated bool
}

// better reports whether j is a better reason to merge than k.
func (j judgement) better(k judgement) bool {
	if j.overlap != k.overlap {
		return j.overlap
	}
	return j.fit > k.fit
}

// judge decides whether the record p places can be a telling of
// cluster c.
func judge(fam string, p *placing, c *cluster, recs []record, place placeActors) judgement {
	r := p.r
	if r.status != c.status || !kindsCompatible(fam, r.kind, c.kind) || !placesAgree(r.places(), c.places()) ||
		p.countsClash(c) || p.pastClash(c) {
		return judgement{}
	}
	elab := elaborated(fam, r, c, recs)
	started := startedBy(r, c, recs)
	if (!wordsAgree(fam, r, c) || toldBeside(r, c, recs)) && !oneAct(fam, r, c, recs) && !elab && !started {
		return judgement{}
	}
	f := noFit
	if len(r.actors()) == 0 && len(c.actors()) == 0 {
		// Events with nobody named merge only at the same named place.
		if len(r.places()) > 0 && equalSets(r.places(), c.places()) || nounAnaphor(r, c, recs) || started {
			f = strongFit
		}
	} else {
		f = actorFit(fam, r.actors(), r.agents(), c.actors(), c.agents(), place)
		switch {
		case f != noFit:
		case namedAnaphor(p, c, recs):
			f = strongFit
		case sameOccasion(fam, r, c):
			f = weakFit
		}
	}
	if f == noFit {
		if headlineFits(r, c) {
			return judgement{fit: weakFit, overlap: true, headline: true}
		}
		return judgement{}
	}
	other := false // says something else than c's tellings
	fits, enough := true, false
	if fam == famSpeech && !elab {
		fits, enough = sayingFits(r, c, recs)
	}
	if !fits {
		if c.hasDoc(r.doc) || r.kind != c.kind || otherAct(r, c) || r.hasPub && enough {
			// One speaker's two sayings, told apart by one writer, or
			// by two speech acts saying different things ("said the
			// talks had failed", another outlet's "urged both sides to
			// keep the ceasefire"): another outlet's words for one
			// saying use the same act. In a stream, two outlets that
			// each say enough of what was said in no word alike tell
			// two of the day's sayings (see enoughSaid).
			return judgement{}
		}
		other = true
	}
	j := judgeDates(fam, f, r, c, recs)
	j.otherSaying = other
	j.elaborated = elab
	return j
}

// judgeDates is judge of a mention that fits c but for its dates.
func judgeDates(fam string, f fit, r *record, c *cluster, recs []record) judgement {
	if !r.dated {
		return judgeUndated(f, r, c)
	}
	if !c.dated {
		return judgement{}
	}
	gap := gapDays(r.start, r.end, c.start, c.end)
	if gap < 0 {
		if fam == famSpeech && min(r.end, c.end) > max(r.start, c.start) {
			// Statements merge on one day, not over a vague week.
			return judgement{}
		}
		return judgement{fit: f, overlap: true}
	}
	if f == strongFit && fam != famSpeech && nearEnough(r, c, gap) && !docDisagrees(r, c, recs) {
		return judgement{fit: f}
	}
	if pubBound(fam, f, r, c, recs) {
		return judgement{fit: f}
	}
	return judgement{}
}

// maxTriggers bounds the trigger words a cluster keeps for wordsAgree.
const maxTriggers = 8

// nearEnough reports whether dates gap days apart may still be told of
// one event: when one of them is vague and the gap is within its
// vagueness ("the end of last week" for a Thursday; "last week" said on a
// Sunday and on a Monday), up to nearDays.
func nearEnough(r *record, c *cluster, gap int32) bool {
	vague := max(r.width(), c.end-c.start+1)
	return vague > 1 && gap < min(vague, nearDays)
}

// docDisagrees reports whether r's document already tells c with a date
// that r's does not overlap: one document giving two dates tells two
// events.
func docDisagrees(r *record, c *cluster, recs []record) bool {
	if !c.hasDoc(r.doc) {
		return false
	}
	for _, mi := range c.members {
		o := &recs[mi]
		if o.doc == r.doc && o.dated && gapDays(r.start, r.end, o.start, o.end) >= 0 {
			return true
		}
	}
	return false
}

// toldBeside reports whether r's sentence already tells c by another
// word, both told directly: "claimed responsibility and demanded a
// ransom", "called the crackdown shameful and urged a strike" are two
// acts of one speaker, and one sentence does not tell one event twice. A
// saying and what it reports ("said Moscow would insist on guarantees")
// may still be one statement.
func toldBeside(r *record, c *cluster, recs []record) bool {
	if !c.hasDoc(r.doc) || r.m.Speaker >= 0 {
		return false
	}
	for _, mi := range c.members {
		if o := &recs[mi]; o.doc == r.doc && o.m.Speaker < 0 && o.m.Mention.Start == r.m.Mention.Start && o.m.Mention.End == r.m.Mention.End {
			return true
		}
	}
	return false
}

// news reports whether c happened within headlineDays before r's
// publication or after it, as the news a headline tells does ("Ellen
// DeGeneres To Host Oscars" tells no 2007 hosting its body recalls).
func news(r *record, c *cluster) bool {
	return !c.dated || r.hasPub && c.end >= r.published-headlineDays
}

// headlineDays is how old the news a headline tells may be.
const headlineDays = 7

// nested reports whether r names two or more participants, all of them
// c's, its agents among c's agents: "the cabinet approved a Gaza
// ceasefire deal", undated, tells no other approval than "Israel's
// cabinet approved a Gaza ceasefire deal with Hamas on Saturday", which
// only names more. An undated telling fits such an event as strongly as
// one naming the same participants. One that names more than the event
// (Witkoff met Putin and Lavrov) may tell another.
func nested(r *record, c *cluster) bool {
	ra, rg := r.actors(), r.agents()
	return len(ra) >= 2 && len(rg) > 0 && countShared(ra, c.actors()) == len(ra) && countShared(rg, c.agents()) == len(rg)
}

// undatedSpread is how many days apart the documents telling an undated
// event may be published.
const undatedSpread = 1

// judgeUndated lets an undated mention join an event only on a strong
// fit, told by the same document or by one published about then, or, as
// its document's headline, on a weak one told by its body.
func judgeUndated(f fit, r *record, c *cluster) judgement {
	if f == weakFit && c.hasDoc(r.doc) && headline(r.first, r.m.Mention.Text) && news(r, c) {
		// A headline names fewer or other participants than its body
		// ("Bank of England extends emergency loan to Harlow" over "The
		// Bank of England on Tuesday extended a loan of 5 billion
		// pounds"): its own document's telling of the news by a shared
		// actor is it.
		return judgement{fit: f, overlap: true}
	}
	if f == weakFit && nested(r, c) {
		f = strongFit
	}
	if f != strongFit {
		return judgement{}
	}
	if c.hasDoc(r.doc) {
		return judgement{fit: f, overlap: true}
	}
	if !r.hasPub {
		return judgement{}
	}
	if c.dated && gapDays(r.pubStart, r.pubEnd, c.start, c.end) < 0 {
		return judgement{fit: f, overlap: true}
	}
	// Two undated tellings are one event only when published within a
	// day of each other: the same news, not a week's worth of it.
	if !c.dated && c.hasPub && max(c.pubLast, r.published)-min(c.pubFirst, r.published) <= undatedSpread {
		return judgement{fit: f, overlap: true}
	}
	return judgement{}
}
