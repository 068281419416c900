package resolve

import (
	"cmp"
	"slices"
	"strings"
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
	// alone is, for an event whose one word has a block of its own
	// (see markRepeats), the number of events in that block; else 0.
	alone int32
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
		repeat := repeatedWord(sx, len(b))
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
			if sy.word == repeat && sy.alone > 0 {
				continue // met in the word's own block
			}
			f(x, y)
		}
	}
}

// repeatedWord is the word of the event of spot sx whose pairs with the
// other events of that one word a block of n events need not visit: the
// word's own block, which holds them all and nothing else, visits every
// such pair this block's windows reach (see markRepeats), or -1 for
// none.
func repeatedWord(sx spot, n int) int32 {
	if sx.alone > 0 && n > int(sx.alone) {
		return sx.word
	}
	return -1
}

// markRepeats sets the spots' alone: an event told by one trigger word
// gets the size of that word's block ("w:" and the word) when every event
// in the block is told by that word (another word's, filed there as its
// verb or outcome, makes it a block of more than the word). The word's
// events lie in every block it is filed under, beside the events of other
// words (the verb of a noun, the words of a sense), and each pair of them
// was visited in each: 21 of the 27 million pairs the first pass visited
// on bench2000 (2,000 ECB+ articles) joined two events of one word, 6.4
// million of them distinct. A larger block holding all of the word's
// block visits no pair of it that the word's block does not: both are
// sorted alike, and between two of the word's events the smaller block
// holds no more events, documents or days than the larger. So only the
// word's own block, and any block no larger (holding just its events),
// visits the pairs of two events told by that word alone. The same pair scores the same in any block, and every
// pass over the pairs (the nearest documents, the strong pass, the
// second) keeps what a pair gives once, whichever block it comes from.
// A subject block ("n:", see fileSubjects) is filed by another rule and
// need not hold all the word's events: a word with an event in one is
// not marked.
func markRepeats(spots []spot, ew *eventWords, blocks map[string][]int32) {
	size := make([]int32, len(ew.names))
	for w, t := range ew.names {
		b := blocks["w:"+t]
		for _, e := range b {
			if !slices.Contains(ew.ids[ew.start[e]:ew.start[e+1]], int32(w)) {
				b = nil // another word's event: its verb, its outcome
				break
			}
		}
		size[w] = int32(len(b))
	}
	for k, b := range blocks {
		if strings.HasPrefix(k, "w:") || strings.HasPrefix(k, "s:") {
			continue
		}
		for _, e := range b {
			if spots[e].words == 1 {
				size[spots[e].word] = 0
			}
		}
	}
	for i := range spots {
		if s := &spots[i]; s.words == 1 {
			s.alone = size[s.word]
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

// windowScratch is the memory eachPairWithin reuses from block to block:
// per position of a block, its run count and next position in its
// component; per component label, its last position met (-1 when none).
type windowScratch struct {
	runs, nextSame []int32
	lastOf         []int32
}

func newWindowScratch(n int) *windowScratch {
	s := &windowScratch{lastOf: make([]int32, n)}
	for i := range s.lastOf {
		s.lastOf[i] = -1
	}
	return s
}

// eachPairWithin calls f on the pairs eachPair calls it on whose events
// lie in one strong component of more than one event (comp labels each
// event's, size counts each label's events), in the same order, without
// visiting the others: after the strong pass most of a block's pairs
// join two components (9.3 of the 14.9 million of the benchmark corpus's
// second pass), and each position's window is found from its bounds
// instead. It sorts the block in place as eachPair does.
func eachPairWithin(b []int32, at []spot, comp, size []int32, sc *windowScratch, f func(x, y int32)) {
	slices.SortFunc(b, func(x, y int32) int { return cmp.Or(cmp.Compare(at[x].day, at[y].day), cmp.Compare(x, y)) })
	n := len(b)
	// runs[k] counts the positions in 1..k whose document differs from
	// the one before: the window of position i, which counts documents
	// from i+1, holds 1 + runs[j] - runs[i+1] of them at j.
	sc.runs, sc.nextSame = sized(sc.runs, n), sized(sc.nextSame, n)
	runs, nextSame := sc.runs, sc.nextSame
	for k := 1; k < n; k++ {
		runs[k] = runs[k-1]
		if at[b[k]].doc != at[b[k-1]].doc {
			runs[k]++
		}
	}
	for k := n - 1; k >= 0; k-- {
		nextSame[k] = -1
		if c := comp[b[k]]; size[c] > 1 {
			nextSame[k] = sc.lastOf[c]
			sc.lastOf[c] = int32(k)
		}
	}
	for k := range n {
		sc.lastOf[comp[b[k]]] = -1
	}
	// The first position past the day gap of i (far) and the first
	// placed one from there on (placedAt) only move on as i does, as do
	// the days; so does the end of the documents' count.
	far, placedAt, docEnd := 0, 0, 0
	for i := range n {
		if nextSame[i] < 0 {
			continue
		}
		end := min(n, i+1+corefScan)
		sx := at[b[i]]
		if sx.placed {
			far = max(far, i+1)
			for far < n && at[b[far]].day-sx.day <= corefMaxGap {
				far++
			}
			placedAt = max(placedAt, far)
			for placedAt < n && !at[b[placedAt]].placed {
				placedAt++
			}
			end = min(end, placedAt)
		}
		if i+1 < n {
			docEnd = max(docEnd, i+1)
			for docEnd < n && runs[docEnd]-runs[i+1] < corefWindow {
				docEnd++
			}
			end = min(end, docEnd)
		}
		repeat := repeatedWord(sx, n)
		for j := nextSame[i]; j >= 0 && int(j) < end; j = nextSame[j] {
			if sy := &at[b[j]]; sy.word != repeat || sy.alone == 0 {
				f(b[i], b[j])
			}
		}
	}
}
