package layout

import (
	"slices"
	"sort"
)

// rows packs the marks of a lane into at most max tracks, first fit: each
// track remembers the right end of its last mark, so with marks taken in
// order of their left end, placing one costs O(tracks) and no two marks of
// a track overlap.
type rows struct {
	ends []float64
	max  int
	gap  float64
}

// place puts [x0, x1] in the first row it fits and returns the row, or -1
// when every row is taken at x0.
func (r *rows) place(x0, x1 float64) int {
	for i, end := range r.ends {
		if x0 >= end+r.gap {
			r.ends[i] = x1
			return i
		}
	}
	if len(r.ends) < r.max {
		r.ends = append(r.ends, x1)
		return len(r.ends) - 1
	}
	return -1
}

// placeAnyway puts [x0, x1] in the row that frees up first, overlapping
// what is there; marks use it so that every event stays drawn.
func (r *rows) placeAnyway(x0, x1 float64) int {
	if i := r.place(x0, x1); i >= 0 {
		return i
	}
	best := 0
	for i, end := range r.ends {
		if end < r.ends[best] {
			best = i
		}
	}
	r.ends[best] = max(r.ends[best], x1)
	return best
}

// used is the number of rows holding something.
func (r *rows) used() int { return len(r.ends) }

// labelRows packs label boxes into at most max rows under a lane. A label
// hangs from its mark by a vertical leader line that runs down through the
// rows above its own, and it starts or ends at the leader, never across
// it. Rows keep their boxes sorted and apart, and the x of every leader
// that runs through them, so that no label is placed across another's
// leader and no leader is run through another label's text: each leader
// leads to one label only, however crowded the lane. Every check is a
// binary search.
type labelRows struct {
	// anchors are the sorted leaders of the labels still to come: a label
	// that can read either way reads the way that hides fewer.
	anchors []float64
	rows    [][]interval
	leaders [][]float64 // per row, sorted: the leaders running through it
	max     int
	gap     float64
}

type interval struct{ x0, x1 float64 }

// leaderPad is the room a label keeps on either side of its text: a
// leader may run inside it, at the label's own start or end.
const leaderPad = 2.0

// covers reports whether the text of a box [x0, x1] lies across x.
func covers(x0, x1, x float64) bool {
	return x0+leaderPad+0.01 < x && x < x1-leaderPad-0.01
}

// place puts a box of width w for a leader at ax in the first row where
// it fits inside [lo, hi]: starting at the leader (text to its right) or
// ending at it (text to its left), whichever lies across fewer leaders of
// labels still to come, in any row before the other; when neither fits
// the picture, across the leader. It returns the row and the box's left
// edge, or -1 when no row has room.
func (p *labelRows) place(ax, w, lo, hi float64) (int, float64) {
	cands := make([]float64, 0, 2)
	if x := ax - leaderPad; x+w <= hi {
		cands = append(cands, x)
	}
	if x := ax + leaderPad - w; x >= lo {
		cands = append(cands, x)
	}
	if len(cands) == 0 {
		cands = append(cands, max(min(ax-leaderPad, hi-w), lo))
	}
	if len(cands) == 2 && p.hidden(cands[1], w) < p.hidden(cands[0], w) {
		cands[0], cands[1] = cands[1], cands[0]
	}
	deepest := 0 // the leader runs clear of the rows above this one
	for deepest+1 < p.max && deepest < len(p.rows) && !p.blocks(deepest, ax) {
		deepest++
	}
	for _, x := range cands {
		for r := 0; r <= deepest; r++ {
			if r == len(p.rows) {
				p.rows = append(p.rows, nil)
				p.leaders = append(p.leaders, nil)
			}
			if p.fits(r, x, w) {
				p.put(r, x, w, ax)
				return r, x
			}
		}
	}
	return -1, 0
}

// hidden counts the anchors that a box at x, w wide, lies across.
func (p *labelRows) hidden(x, w float64) int {
	i := sort.Search(len(p.anchors), func(i int) bool { return p.anchors[i] > x+leaderPad+0.01 })
	j := sort.Search(len(p.anchors), func(j int) bool { return p.anchors[j] >= x+w-leaderPad-0.01 })
	return max(j-i, 0)
}

// blocks reports whether a label of row r lies across x.
func (p *labelRows) blocks(r int, x float64) bool {
	row := p.rows[r]
	i := sort.Search(len(row), func(i int) bool { return row[i].x1-leaderPad-0.01 > x })
	return i < len(row) && covers(row[i].x0, row[i].x1, x)
}

// fits reports whether [x, x+w] keeps the gap to the boxes of row r and
// lies across none of the leaders running through it.
func (p *labelRows) fits(r int, x, w float64) bool {
	row := p.rows[r]
	i := p.firstReaching(row, x)
	if i < len(row) && row[i].x0 < x+w+p.gap {
		return false
	}
	ls := p.leaders[r]
	j := sort.Search(len(ls), func(j int) bool { return ls[j] > x+leaderPad+0.01 })
	return j == len(ls) || !covers(x, x+w, ls[j])
}

// put adds the box to row r and its leader to the rows above, and takes
// the leader out of those still to come.
func (p *labelRows) put(r int, x, w, ax float64) {
	if i, ok := slices.BinarySearch(p.anchors, ax); ok {
		p.anchors = slices.Delete(p.anchors, i, i+1)
	}
	row := p.rows[r]
	p.rows[r] = insertAt(row, p.firstReaching(row, x), interval{x, x + w})
	for k := range r {
		j, _ := slices.BinarySearch(p.leaders[k], ax)
		p.leaders[k] = slices.Insert(p.leaders[k], j, ax)
	}
}

// firstReaching returns the first box of row whose right end, plus the
// gap, lies past x.
func (p *labelRows) firstReaching(row []interval, x float64) int {
	lo, hi := 0, len(row)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if row[m].x1+p.gap > x {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return lo
}

func insertAt(row []interval, i int, v interval) []interval {
	row = append(row, interval{})
	copy(row[i+1:], row[i:])
	row[i] = v
	return row
}

// used is the number of rows holding a label.
func (p *labelRows) used() int {
	n := len(p.rows)
	for n > 0 && len(p.rows[n-1]) == 0 {
		n--
	}
	return n
}
