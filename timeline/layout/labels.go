package layout

import (
	"cmp"
	"slices"
)

// rowHeight is the height of one label row.
func (b *builder) rowHeight() float64 { return b.opt.FontSize*1.25 + 3 }

// placeLabels puts the label of each chosen event in the first row under
// its lane where it overlaps no other label, starting at its mark or slid
// left so that it still covers the mark. Rows are per lane and searched by
// binary search, so the cost is O(rows · log n) per label; a label that
// finds no row is left out.
func (b *builder) placeLabels() {
	b.chooseLabelled()
	size := b.opt.FontSize
	right := b.opt.Width - edge
	b.rowsOf = make([]labelRows, len(b.lanes))
	for l, idx := range b.byLane {
		b.rowsOf[l] = labelRows{max: b.opt.LabelRows, gap: size * 0.7}
		for _, i := range idx {
			it := &b.items[i]
			it.row = -1
			if !it.labelled {
				continue
			}
			it.text = truncate(cleanText(it.ev.Summary), b.opt.MaxLabelWidth, size)
			if it.text == "" {
				b.d.Unlabelled++
				continue
			}
			it.lw = textWidth(it.text, size) + 4
			ax := it.anchorX()
			pref := max(min(ax-3, right-it.lw), edge)
			lo := max(min(ax+3-it.lw, pref), edge)
			it.row, it.lx = b.rowsOf[l].place(lo, pref, it.lw)
			if it.row < 0 {
				b.d.Unlabelled++
			}
		}
	}
}

// chooseLabelled marks the events that get a label: all of them, or the
// MaxLabels told by the most sources (then the earliest, then by id).
func (b *builder) chooseLabelled() {
	n := b.opt.MaxLabels
	if n <= 0 || n >= len(b.items) {
		for i := range b.items {
			b.items[i].labelled = true
		}
		return
	}
	order := make([]int, len(b.items))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int {
		x, y := b.items[i], b.items[j]
		return cmp.Or(cmp.Compare(len(y.ev.Mentions), len(x.ev.Mentions)),
			cmp.Compare(x.first, y.first), cmp.Compare(x.ev.ID, y.ev.ID))
	})
	for _, i := range order[:n] {
		b.items[i].labelled = true
	}
	b.d.Unlabelled += len(b.items) - n
}
