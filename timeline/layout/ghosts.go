package layout

import (
	"slices"
	"strconv"
)

// findGhosts finds, for each event, the lanes of its other actors: a faint
// copy of its mark goes in each, in a strip at the top of the lane, so that
// a reader scanning one actor's lane sees every event the actor took part
// in without mistaking it for the actor's own.
func (b *builder) findGhosts() {
	b.hasGhosts = make([]bool, len(b.lanes))
	b.ghostLanes = make([][]int, len(b.items))
	if b.opt.SingleLane {
		return
	}
	laneOfActor := map[string]int{}
	for l, spec := range b.lanes {
		if spec.actor != "" {
			laneOfActor[spec.actor] = l
		}
	}
	for i := range b.items {
		it := &b.items[i]
		if it.background {
			continue
		}
		for _, p := range it.ev.Actors {
			l, ok := laneOfActor[p.ID]
			if !ok || l == it.lane || slices.Contains(b.ghostLanes[i], l) {
				continue
			}
			b.ghostLanes[i] = append(b.ghostLanes[i], l)
			b.hasGhosts[l] = true
		}
	}
}

// buildGhosts places the ghosts found by findGhosts.
func (b *builder) buildGhosts() {
	for i := range b.items {
		m := &b.d.Marks[b.items[i].mark]
		for _, l := range b.ghostLanes[i] {
			g := Ghost{Mark: b.items[i].mark, Lane: l, Class: "ghost lane-" + strconv.Itoa(m.Lane), Shape: m.Shape,
				X: m.X, X2: m.X2, Y: b.laneTop[l] + lanePadTop + ghostStripHeight/2 - 2, R: ghostRadius}
			if m.Shape == Bar {
				g.R = 2
			}
			b.d.Ghosts = append(b.d.Ghosts, g)
		}
	}
}
