package layout

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

// labelRows packs label boxes into at most max rows. Each row keeps its
// boxes sorted by x and never overlapping, so a box is checked against a
// row by binary search; a label may slide left of its preferred place, as
// long as it still covers its mark, to pass a box in its way.
type labelRows struct {
	rows [][]interval
	max  int
	gap  float64
}

type interval struct{ x0, x1 float64 }

// maxSlides bounds how many boxes a label slides past in one row.
const maxSlides = 3

// place puts a box of width w, whose left edge may lie anywhere in
// [lo, pref], in the first row with room, preferring pref. It returns the
// row and the left edge, or -1 when no row has room.
func (p *labelRows) place(lo, pref, w float64) (int, float64) {
	for r := range p.rows {
		if x, ok := p.fit(r, lo, pref, w); ok {
			return r, x
		}
	}
	if len(p.rows) < p.max {
		p.rows = append(p.rows, []interval{{pref, pref + w}})
		return len(p.rows) - 1, pref
	}
	return -1, 0
}

func (p *labelRows) fit(r int, lo, pref, w float64) (float64, bool) {
	row := p.rows[r]
	x := pref
	for range maxSlides + 1 {
		i := p.firstReaching(row, x)
		if i == len(row) || row[i].x0 >= x+w+p.gap {
			p.rows[r] = insertAt(row, i, interval{x, x + w})
			return x, true
		}
		x = row[i].x0 - p.gap - w
		if x < lo {
			return 0, false
		}
	}
	return 0, false
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
func (p *labelRows) used() int { return len(p.rows) }
