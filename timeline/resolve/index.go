package resolve

import "math"

// The index finds the events a mention may belong to without comparing
// all pairs: events are filed under blocks of (family, actor or pair of
// actors, week of their dates), and a mention looks only in the blocks it
// would be filed under itself.

type blockKind uint8

const (
	byActor  blockKind = iota // any participant of the event
	byAgent                   // an agent of the event
	byPair                    // two participants of the event
	bySingle                  // the only participant of the event
	byPlace                   // the place of an event with nobody named
	byDoc                     // a document that tells the event
	byPub                     // the publication week of an undated event
)

type blockKey struct {
	fam, a, b, bucket int32
	kind              blockKind
}

const (
	bucketDays = 7
	// wideBucket files events vaguer than maxBuckets weeks: they are few,
	// and every dated mention looks there too.
	wideBucket = math.MinInt32
	maxBuckets = 60
	// pairActors caps the actors whose pairs are filed, so that an event
	// with many participants costs a bounded number of blocks.
	pairActors = 8
	// maxScan caps the events examined per block: beyond it only the most
	// recently filed are compared, which bounds the cost per mention on
	// adversarial input.
	maxScan = 64
)

type index struct {
	// heads maps a block's hash to its newest filing. Two blocks sharing
	// a hash only add candidates, which judge then turns down.
	heads map[uint64]int32
	// wide says whether any event is filed in the wide bucket, which
	// spares every mention a lookup there on most inputs.
	wide  bool
	next  []int32 // linked lists of filings, newest first
	item  []int32 // the cluster of each filing
	seen  []uint32
	stamp uint32
}

func newIndex(n int) *index {
	return &index{heads: make(map[uint64]int32, n), next: make([]int32, 0, 2*n), item: make([]int32, 0, 2*n)}
}

func (ix *index) file(k blockKey, c int32) {
	h := k.hash()
	head, ok := ix.heads[h]
	if !ok {
		head = -1
	}
	ix.next = append(ix.next, head)
	ix.item = append(ix.item, c)
	ix.heads[h] = int32(len(ix.item) - 1)
	if k.bucket == wideBucket && k.kind != byDoc {
		ix.wide = true
	}
}

// hash mixes a block key into 64 bits (splitmix64's finaliser).
func (k blockKey) hash() uint64 {
	x := uint64(uint32(k.a)) | uint64(uint32(k.b))<<32
	y := uint64(uint32(k.bucket)) | uint64(uint32(k.fam))<<32
	return mix64(x ^ mix64(y^uint64(k.kind)<<61))
}

func mix64(z uint64) uint64 {
	z += 0x9e3779b97f4a7c15
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// bucketRange returns the weeks an interval touches, or the wide bucket
// alone when it spans too many.
func bucketRange(start, end int32) (lo, hi int32, wide bool) {
	lo, hi = floorDiv32(start, bucketDays), floorDiv32(end, bucketDays)
	if hi-lo >= maxBuckets {
		return 0, 0, true
	}
	return lo, hi, false
}

func floorDiv32(a, b int32) int32 { return int32(floorDiv(int64(a), int64(b))) }

// keys calls fn with the blocks an event with the given participants is
// filed under, in the given week.
func keys(fam int32, actors, agents, places []int32, bucket int32, fn func(blockKey)) {
	if len(actors) == 0 {
		for _, p := range places {
			fn(blockKey{fam: fam, a: p, bucket: bucket, kind: byPlace})
		}
		return
	}
	if len(actors) == 1 {
		fn(blockKey{fam: fam, a: actors[0], bucket: bucket, kind: bySingle})
	}
	for _, a := range actors {
		fn(blockKey{fam: fam, a: a, bucket: bucket, kind: byActor})
	}
	for _, a := range agents {
		fn(blockKey{fam: fam, a: a, bucket: bucket, kind: byAgent})
	}
	forPairs(actors, func(a, b int32) { fn(blockKey{fam: fam, a: a, b: b, bucket: bucket, kind: byPair}) })
}

func forPairs(actors []int32, fn func(a, b int32)) {
	n := min(len(actors), pairActors)
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			fn(actors[i], actors[j])
		}
	}
}

// fileCluster files cluster ci under every block its dates and
// participants put it in.
func (ix *index) fileCluster(c *cluster, ci int32) {
	ix.forBuckets(c, func(bucket int32) {
		keys(c.fam, c.actors(), c.agents(), c.places(), bucket, func(k blockKey) { ix.file(k, ci) })
	})
}

// fileGrowth files cluster ci under the blocks that its new participants
// (those not in oldActors, oldAgents) add.
func (ix *index) fileGrowth(c *cluster, ci int32, oldActors, oldAgents []int32) {
	if len(c.actors()) == len(oldActors) && len(c.agents()) == len(oldAgents) {
		return
	}
	ix.forBuckets(c, func(bucket int32) {
		for _, a := range c.actors() {
			if !contains(oldActors, a) {
				ix.file(blockKey{fam: c.fam, a: a, bucket: bucket, kind: byActor}, ci)
			}
		}
		for _, a := range c.agents() {
			if !contains(oldAgents, a) {
				ix.file(blockKey{fam: c.fam, a: a, bucket: bucket, kind: byAgent}, ci)
			}
		}
		forPairs(c.actors(), func(a, b int32) {
			if !contains(oldActors, a) || !contains(oldActors, b) {
				ix.file(blockKey{fam: c.fam, a: a, b: b, bucket: bucket, kind: byPair}, ci)
			}
		})
	})
}

func (ix *index) forBuckets(c *cluster, fn func(int32)) {
	switch {
	case c.dated:
		lo, hi, wide := bucketRange(c.start, c.end)
		if wide {
			fn(wideBucket)
			return
		}
		for b := lo; b <= hi; b++ {
			fn(b)
		}
	case c.hasPub:
		for b := floorDiv32(c.pubFirst, bucketDays); b <= floorDiv32(c.pubLast, bucketDays); b++ {
			fn(b)
		}
	}
}

func contains(s []int32, v int32) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// candidates calls fn once with each cluster filed under a block that
// record r looks in.
func (ix *index) candidates(r *record, fn func(ci int32)) {
	ix.stamp++
	visit := func(k blockKey) {
		scanned := 0
		for f, ok := ix.heads[k.hash()]; ok && f >= 0 && scanned < maxScan; f = ix.next[f] {
			scanned++
			ci := ix.item[f]
			for int(ci) >= len(ix.seen) {
				ix.seen = append(ix.seen, 0)
			}
			if ix.seen[ci] != ix.stamp {
				ix.seen[ci] = ix.stamp
				fn(ci)
			}
		}
	}
	lookup := func(bucket int32) { ix.lookup(r, bucket, visit) }
	switch {
	case r.dated:
		ix.lookupDated(r, lookup)
	case r.hasPub:
		if ix.wide {
			lookup(wideBucket)
		}
		lo := min(r.pubStart, r.published-undatedSpread)
		hi := max(r.pubEnd, r.published+undatedSpread)
		for b := floorDiv32(lo, bucketDays); b <= floorDiv32(hi, bucketDays); b++ {
			lookup(b)
		}
	}
	if !r.dated || r.hasPub && len(r.actors()) == 0 && (nounTelling(r) || startsSome(r)) {
		// A dated telling that names nobody may still be its
		// document's "the outage" told again (nounAnaphor), or the
		// start or the occurring of its noun ("the eruption began",
		// "an explosion tore through": startedBy).
		visit(blockKey{fam: r.fam, a: r.doc, kind: byDoc})
	}
}

// lookup visits the blocks of one week where an event that r fits must
// be filed (see actorFit): two shared actors make a pair; a single shared
// actor means one side names nobody else, and leads one side unless the
// event is symmetric.
func (ix *index) lookup(r *record, bucket int32, visit func(blockKey)) {
	switch len(r.actors()) {
	case 0:
		for _, p := range r.places() {
			visit(blockKey{fam: r.fam, a: p, bucket: bucket, kind: byPlace})
		}
	case 1:
		kind := byAgent
		if len(r.agents()) <= 1 || symmetric(r.family) || befalls(r.family) {
			// See actorFit. A telling that names one actor and no
			// agent ("Chauvin was found guilty") fits strongly an
			// event naming that actor alone, whatever its role: its
			// agent blocks hold none of those events.
			kind = byActor
		}
		visit(blockKey{fam: r.fam, a: r.actors()[0], bucket: bucket, kind: kind})
	default:
		for _, a := range r.actors() {
			visit(blockKey{fam: r.fam, a: a, bucket: bucket, kind: bySingle})
		}
		forPairs(r.actors(), func(a, b int32) { visit(blockKey{fam: r.fam, a: a, b: b, bucket: bucket, kind: byPair}) })
		if r.family == famMeeting && gatheringNoun(r.trigger) {
			// One occasion, whoever hosts it (sameOccasion).
			for _, a := range r.actors() {
				visit(blockKey{fam: r.fam, a: a, bucket: bucket, kind: byActor})
			}
		}
	}
}

func (ix *index) lookupDated(r *record, lookup func(int32)) {
	start, end := r.start, r.end
	if r.coarse() {
		start, end = start-nearDays, end+nearDays
	} else if publicationDated(r) {
		start, end = start-pubBoundGap-1, end+pubBoundGap+1 // see pubBound
	}
	if ix.wide {
		lookup(wideBucket)
	}
	lo, hi, wide := bucketRange(start, end)
	if wide {
		return
	}
	for b := lo; b <= hi; b++ {
		lookup(b)
	}
}
