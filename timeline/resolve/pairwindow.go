package resolve

import (
	"cmp"
	"slices"
)

// spot is where an event lies for eachPair's windows: its day (see day),
// whether it has one, and its first document. They are copied out of the
// clusters once, so that scanning a block, which every pass over the
// pairs does, reads 20 bytes an event rather than a 200-byte cluster and
// its list of documents. The rest is what pairScorer.score asks of every
// pair before it reads the clusters: whether the event is something
// said, is dated, names anyone (see judged), its status and its word.
// Most pairs
// are turned down on these alone.
type spot struct {
	day, doc int32
	placed   bool
	speech   bool
	dated    bool
	named    bool
	status   statusClass
	// words counts the event's trigger words, and word is the first's
	// number (see eventWords): most events have one, compared here.
	words uint8
	// oneDoc says that one document alone tells the event, doc.
	oneDoc bool
	word   int32
}

// spotsOf returns each cluster's spot.
func spotsOf(cs *clusterList) []spot {
	out := make([]spot, cs.len())
	for i := range cs.n {
		c := cs.at(i)
		out[i] = spot{
			day: day(c), doc: c.docs[0], placed: placed(c), speech: familyOf(c.kind, "") == famSpeech,
			dated: c.dated, named: len(c.actors()) > 0, status: c.status, oneDoc: len(c.docs) == 1,
		}
	}
	return out
}

// eachPair calls f on the candidate pairs of one block: each event with
// its neighbours in date order from the next corefWindow documents, up to
// corefMaxGap days on. It sorts the block in place, by day, then index.
func eachPair(b []int32, at []spot, f func(x, y int32)) {
	slices.SortFunc(b, func(x, y int32) int { return cmp.Or(cmp.Compare(at[x].day, at[y].day), cmp.Compare(x, y)) })
	for i, x := range b {
		sx := at[x]
		docs, last := 0, int32(-1)
		for _, y := range b[i+1 : min(len(b), i+1+corefScan)] {
			sy := at[y]
			if sx.placed && sy.placed && sy.day-sx.day > corefMaxGap {
				break // sorted by day: the rest are further still
			}
			// The window counts documents, not events: a document that
			// tells many deaths, one after another in the block, is one
			// neighbour, not all of the window.
			if sy.doc != last {
				if docs++; docs > corefWindow {
					break
				}
				last = sy.doc
			}
			f(x, y)
		}
	}
}

// componentSizes counts the items of each strong component, by its label.
func componentSizes(comp []int32) []int32 {
	size := make([]int32, len(comp))
	for _, c := range comp {
		size[c]++
	}
	return size
}

// twoShareComponents reports whether two events of block b may lie in one
// strong component of f: at least two lie in components of more than one
// item. Most blocks have none such, and their pairs need no scan.
func twoShareComponents(b []int32, f edgeFilter) bool {
	n := 0
	for _, x := range b {
		if f.size[f.comp[x]] > 1 {
			if n++; n == 2 {
				return true
			}
		}
	}
	return false
}
