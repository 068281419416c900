package layout

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// rowHeight is the height of one label row.
func (b *builder) rowHeight() float64 { return b.opt.FontSize*1.25 + 3 }

// placeLabels gives the chosen events their labels, most important first
// (see byImportance), each in a row under its lane (see labelRows). A
// label that does not fit among those placed so far is tried once more by
// laying out the lane's labels again, with it, in the order that packs
// best: labels that read to the right of their mark from the right,
// then those that must read to the left (near the right edge) from the
// left, so that each hangs clear of its neighbours' leaders. It is kept if
// every label then finds a row, and left out otherwise.
func (b *builder) placeLabels() {
	b.chooseLabelled()
	size := b.opt.FontSize
	lo, hi := edge, b.opt.Width-edge
	b.rowsOf = make([]labelRows, len(b.lanes))
	cands := make([][]int, len(b.lanes))
	for i := range b.items {
		it := &b.items[i]
		it.row = -1
		if !it.labelled {
			continue
		}
		if it.text = b.labelText(it); it.text == "" {
			b.d.Unlabelled++
			continue
		}
		it.lw = textWidth(it.text, size) + 2*leaderPad
		cands[it.lane] = append(cands[it.lane], i)
	}
	for l, idx := range cands {
		slices.SortFunc(idx, func(i, j int) int {
			return cmp.Or(b.byImportance(i, j), b.packOrder(i, j, hi))
		})
		b.rowsOf[l] = b.packLane(idx, lo, hi)
	}
}

// maxRepacks bounds the lay-outs again of one lane, so that a lane of
// thousands of events costs little more than one pass.
const maxRepacks = 150

// packLane places the labels of idx, given in order of importance, and
// returns the rows. When they all fit in packing order (see packOrder),
// that is their place; otherwise the most important are placed first.
func (b *builder) packLane(idx []int, lo, hi float64) labelRows {
	anchors := make([]float64, len(idx))
	for k, i := range idx {
		anchors[k] = b.items[i].anchorX()
	}
	slices.Sort(anchors)
	newRows := func() labelRows {
		return labelRows{anchors: slices.Clone(anchors), max: b.opt.LabelRows, gap: b.opt.FontSize * 0.7}
	}
	packed := slices.Clone(idx)
	slices.SortFunc(packed, func(i, j int) int { return b.packOrder(i, j, hi) })
	if rows, ok := b.tryPack(newRows(), packed, lo, hi); ok {
		return rows
	}
	rows := newRows()
	var kept []int
	repacks := 0
	for _, i := range idx {
		it := &b.items[i]
		if it.row, it.lx = rows.place(it.anchorX(), it.lw, lo, hi); it.row >= 0 {
			kept = append(kept, i)
			continue
		}
		if repacks == maxRepacks {
			b.d.Unlabelled++
			continue
		}
		repacks++
		trial := append(slices.Clone(kept), i)
		slices.SortFunc(trial, func(i, j int) int { return b.packOrder(i, j, hi) })
		again, ok := b.tryPack(newRows(), trial, lo, hi)
		if !ok {
			b.d.Unlabelled++
			it.row = -1
			continue
		}
		rows, kept = again, trial
	}
	return rows
}

// tryPack places the labels of idx in that order and reports whether
// every one found a row; the items keep their places only if so.
func (b *builder) tryPack(rows labelRows, idx []int, lo, hi float64) (labelRows, bool) {
	at := make([]struct {
		row int
		x   float64
	}, len(idx))
	for k, i := range idx {
		it := &b.items[i]
		r, x := rows.place(it.anchorX(), it.lw, lo, hi)
		if r < 0 {
			return rows, false
		}
		at[k].row, at[k].x = r, x
	}
	for k, i := range idx {
		b.items[i].row, b.items[i].lx = at[k].row, at[k].x
	}
	return rows, true
}

// packOrder orders labels for packing: those that read to the right of
// their mark from the right, then those that read to the left from the
// left, then from the top mark down, then by event id.
func (b *builder) packOrder(i, j int, hi float64) int {
	x, y := &b.items[i], &b.items[j]
	lx, ly := x.readsLeft(hi), y.readsLeft(hi)
	if c := compareBool(lx, ly); c != 0 {
		return c
	}
	c := cmp.Compare(y.anchorX(), x.anchorX())
	if lx {
		c = -c
	}
	// marks stacked on one day label in the order they stand, so that
	// their labels, hanging from one leader line, read top to bottom
	return cmp.Or(c, cmp.Compare(x.height(), y.height()), cmp.Compare(x.ev.ID, y.ev.ID), cmp.Compare(i, j))
}

// readsLeft reports whether an item's label must end at its mark because
// it does not fit to the right of it.
func (it *item) readsLeft(hi float64) bool { return it.anchorX()-leaderPad+it.lw > hi }

func compareBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

// chooseLabelled marks the events that get a label: all of them, or the
// MaxLabels most important (see byImportance), then the earliest, then by
// id.
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
		return cmp.Or(b.byImportance(i, j), cmp.Compare(x.first, y.first), cmp.Compare(x.ev.ID, y.ev.ID))
	})
	for _, i := range order[:n] {
		b.items[i].labelled = true
	}
	b.d.Unlabelled += len(b.items) - n
}

// labelText is the label of an item: its summary cut to fit, without the
// name of the lane's actor when it leads the event, and for a
// background event the dates it spans, which its bar cannot show to scale
// across the breaks of the axis, unless the label says them already.
func (b *builder) labelText(it *item) string {
	size := b.opt.FontSize
	summary := cleanText(it.ev.Summary)
	if primaryActor(it.ev) == b.lanes[it.lane].actor {
		summary = b.withoutLaneActor(summary, it.lane)
	}
	text := truncate(summary, b.opt.MaxLabelWidth, size)
	if !it.background || summary == "" {
		return text
	}
	when := backgroundDates(it.ev)
	if strings.Contains(text, when) {
		return text
	}
	suffix := " (" + when + ")"
	return truncate(summary, b.opt.MaxLabelWidth-textWidth(suffix, size), size) + suffix
}

// height is where an item's mark stands in its lane, top first: the
// background bars, then the tracks.
func (it *item) height() int {
	if it.background {
		return it.track - maxBgTracks
	}
	return it.track
}

// withoutLaneActor drops the name of lane l's actor from the start of the
// summary of an event it leads: the lane's name already says who, and the room goes to what
// they did ("Donald Trump spoke with …" reads "Spoke with …" in Donald
// Trump's lane).
func (b *builder) withoutLaneActor(summary string, l int) string {
	id := b.lanes[l].actor
	if id == "" {
		return summary
	}
	names := []string{b.ix.actorName(id)}
	if a := b.ix.actors[id]; a != nil {
		names = append(names, a.Aliases...)
	}
	for _, name := range names {
		name = cleanText(name)
		rest, ok := strings.CutPrefix(summary, name+" ")
		if name == "" || !ok || rest == "" {
			continue
		}
		r, n := utf8.DecodeRuneInString(rest)
		if !unicode.IsLower(r) || strings.HasPrefix(rest, "and ") || strings.HasPrefix(rest, "or ") {
			continue // "Trump Tower opened", "Trump and Putin met": not the actor alone
		}
		return string(unicode.ToUpper(r)) + rest[n:]
	}
	return summary
}
