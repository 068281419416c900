package layout

import (
	"cmp"
	"math"
	"slices"
	"strconv"

	"github.com/storyline/storyline/timeline"
)

// buildLinks adds an arrow for each link between two drawn events, when
// Options.ShowLinks asks for them.
func (b *builder) buildLinks() {
	if !b.opt.ShowLinks || len(b.tl.Links) == 0 {
		return
	}
	markOf := make(map[string]int, len(b.d.Marks))
	for i := len(b.d.Marks) - 1; i >= 0; i-- {
		markOf[b.d.Marks[i].EventID] = i
	}
	links := slices.Clone(b.tl.Links)
	slices.SortStableFunc(links, func(x, y timeline.Link) int {
		return cmp.Or(cmp.Compare(x.From, y.From), cmp.Compare(x.To, y.To), cmp.Compare(x.Kind, y.Kind))
	})
	for _, ln := range links {
		from, ok1 := markOf[ln.From]
		to, ok2 := markOf[ln.To]
		if !ok1 || !ok2 || from == to {
			continue
		}
		b.d.Links = append(b.d.Links, b.arrow(len(b.d.Links)+1, ln, from, to))
	}
}

func (b *builder) arrow(n int, ln timeline.Link, from, to int) Arrow {
	f, t := &b.d.Marks[from], &b.d.Marks[to]
	p0, p3 := [2]float64{f.X, f.Y}, [2]float64{t.X, t.Y}
	dx := p3[0] - p0[0]
	var p1, p2 [2]float64
	if math.Abs(p3[1]-p0[1]) < 1 {
		h := min(36, 10+math.Abs(dx)/4)
		p1 = [2]float64{p0[0] + dx/3, p0[1] - h}
		p2 = [2]float64{p3[0] - dx/3, p3[1] - h}
	} else {
		// bow sideways, so that an arrow between lanes on nearby days
		// does not run along the vertical leader lines of the labels
		bow := max(0, 28-math.Abs(dx)/2)
		dy := (p3[1] - p0[1]) / 4
		p1 = [2]float64{p0[0] + dx/2 + bow, p0[1] + dy}
		p2 = [2]float64{p0[0] + dx/2 + bow, p3[1] - dy}
	}
	p0 = toward(p0, p1, f.R+1)
	p3 = toward(p3, p2, t.R+2)
	kind := oneLine(ln.Kind, "related")
	tip := firstLine(f.Tooltip) + "\n→ " + kind
	if cue := cleanText(ln.Cue); cue != "" {
		tip += " (“" + cutRunes(cue, 80) + "”)"
	}
	tip += "\n" + firstLine(t.Tooltip)
	return Arrow{
		ID: "ln-" + strconv.Itoa(n), Class: "link link-" + classSafe(kind),
		From: from, To: to, P0: p0, P1: p1, P2: p2, P3: p3, Tooltip: tip,
	}
}

// toward moves p by d toward q (not past it).
func toward(p, q [2]float64, d float64) [2]float64 {
	vx, vy := q[0]-p[0], q[1]-p[1]
	l := math.Hypot(vx, vy)
	if l == 0 {
		return p
	}
	d = min(d, l)
	return [2]float64{p[0] + vx/l*d, p[1] + vy/l*d}
}

func firstLine(s string) string {
	for i := range len(s) {
		if s[i] == '\n' {
			return s[:i]
		}
	}
	return s
}
