package resolve

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/extract"
)

var granularityRank = map[timeline.Granularity]int{
	timeline.Day: 0, timeline.Week: 1, timeline.Month: 2, timeline.Quarter: 3,
	timeline.Season: 4, timeline.Year: 5, timeline.Decade: 6, timeline.Century: 7,
}

func rankOfGranularity(g timeline.Granularity) int {
	if r, ok := granularityRank[g]; ok {
		return r
	}
	return len(granularityRank)
}

// maxDatePoints caps the days tried as the event's date, so that an event
// told with very many different dates costs linear time.
const maxDatePoints = 64

// dateGroup is a set of dated tellings that agree: they share the days
// [start, end].
type dateGroup struct {
	point      int32 // the day every member contains
	start, end int32
	count      int       // the tellings in the group
	members    []*record // the tellings, filled for the chosen group only
	docs       int       // the documents that tell them
	published  int32     // the latest publication day of its documents, if known
}

// agrees reports whether r is dated and agrees with g.
func (g *dateGroup) agrees(r *record) bool {
	return g.count > 0 && r.dated && r.start <= g.point && g.point <= r.end
}

// better reports whether g is a better reading of the event's date than
// h: told by more documents, then narrower, then told more often, then
// told more recently (a later report knows more), then earlier. When
// every telling is dated only by its paper's day (first says whether),
// the earliest report wins, however many papers told it later: what a
// paper tells as that day's news had happened by its first telling, and
// a later paper's day is only when it told it again (see pubBound).
func (g *dateGroup) better(h *dateGroup, first bool) bool {
	recent := cmp.Compare(g.published, h.published)
	if first {
		recent = -recent
	}
	if first && recent != 0 {
		return recent > 0 // what is told as news had happened by its first telling
	}
	if c := cmp.Or(
		cmp.Compare(g.docs, h.docs),
		cmp.Compare(h.end-h.start, g.end-g.start),
		cmp.Compare(g.count, h.count),
		recent,
		cmp.Compare(h.start, g.start),
	); c != 0 {
		return c > 0
	}
	return false
}

// dateEvent dates an event from its mentions: the narrowest interval that
// the largest agreeing group of tellings allows. When some tellings
// disagree, every telling's date is kept as a claim. It also returns the
// group of tellings that agree with the chosen date.
func dateEvent(members []*record) (*timeline.When, []timeline.DateClaim, dateGroup) {
	var dated []*record
	for _, r := range members {
		if r.dated {
			dated = append(dated, r)
		}
	}
	if len(dated) == 0 {
		return nil, nil, dateGroup{}
	}
	// A date the text gives the event outweighs one carried from the
	// story or taken from the publication day.
	if text := slices.DeleteFunc(slices.Clone(dated), func(r *record) bool {
		return r.m.When.Basis != "" && r.m.When.Basis != "text"
	}); len(text) > 0 {
		dated = text
	}
	first := !slices.ContainsFunc(dated, func(r *record) bool { return r.m.When.Basis != extract.BasisPublication })
	g := bestGroup(dated, first)
	anchor := narrowest(g.members)
	aw := anchor.m.When
	w := &timeline.When{
		Start: dateOfDay(g.start), End: dateOfDay(g.end),
		Value: aw.Value, Granularity: aw.Granularity, Text: aw.Text, Doc: aw.Doc, Basis: aw.Basis,
	}
	if w.Doc == "" {
		w.Doc = anchor.docName
	}
	var claims []timeline.DateClaim
	if g.count < len(dated) {
		claims = dateClaims(dated)
	}
	return w, claims, g
}

// bestGroup tries the first day of each distinct dated interval as the
// event's date and keeps the best group of tellings that contain it;
// first prefers the earlier report (see better).
func bestGroup(dated []*record, first bool) dateGroup {
	var best dateGroup
	var scratch []int32
	for i, p := range candidatePoints(dated) {
		g := groupAt(dated, p, &scratch)
		if i == 0 || g.better(&best, first) {
			best = g
		}
	}
	for _, r := range dated {
		if best.agrees(r) {
			best.members = append(best.members, r)
		}
	}
	return best
}

// candidatePoints returns the distinct start days of the tellings, the
// most told first when there are more than maxDatePoints.
func candidatePoints(dated []*record) []int32 {
	starts := make([]int32, len(dated))
	for i, r := range dated {
		starts[i] = r.start
	}
	slices.Sort(starts)
	if len(slices.Compact(slices.Clone(starts))) <= maxDatePoints {
		return slices.Compact(starts)
	}
	type told struct{ day, n int32 }
	var runs []told
	for _, d := range starts {
		if len(runs) > 0 && runs[len(runs)-1].day == d {
			runs[len(runs)-1].n++
		} else {
			runs = append(runs, told{d, 1})
		}
	}
	slices.SortFunc(runs, func(a, b told) int { return cmp.Or(cmp.Compare(b.n, a.n), cmp.Compare(a.day, b.day)) })
	points := make([]int32, maxDatePoints)
	for i := range points {
		points[i] = runs[i].day
	}
	return points
}

// groupAt measures the group of tellings that contain day p; scratch is
// reused to count its documents.
func groupAt(dated []*record, p int32, scratch *[]int32) dateGroup {
	g := dateGroup{point: p, start: p, end: p, published: math.MinInt32}
	docs := (*scratch)[:0]
	for _, r := range dated {
		if r.start > p || r.end < p {
			continue
		}
		if g.count == 0 {
			g.start, g.end = r.start, r.end
		} else {
			g.start, g.end = max(g.start, r.start), min(g.end, r.end)
		}
		g.count++
		docs = append(docs, r.doc)
		if r.hasPub {
			g.published = max(g.published, r.published)
		}
	}
	g.docs = len(sortedUnique(docs))
	*scratch = docs
	return g
}

// narrowest returns the most precise telling: the narrowest interval,
// then the finest granularity, then the first in mention order.
func narrowest(rs []*record) *record {
	best := rs[0]
	for _, r := range rs[1:] {
		c := cmp.Or(
			cmp.Compare(r.width(), best.width()),
			cmp.Compare(rankOfGranularity(r.m.When.Granularity), rankOfGranularity(best.m.When.Granularity)),
		)
		if c < 0 {
			best = r
		}
	}
	return best
}

// dateClaims lists what each document says of the date, once per
// (document, interval, wording), sorted by document then date.
func dateClaims(dated []*record) []timeline.DateClaim {
	claims := make([]timeline.DateClaim, 0, len(dated))
	for _, r := range dated {
		claims = append(claims, timeline.DateClaim{
			Doc: r.docName, Start: dateOfDay(r.start), End: dateOfDay(r.end), Text: r.m.When.Text,
		})
	}
	slices.SortFunc(claims, func(a, b timeline.DateClaim) int {
		return cmp.Or(strings.Compare(a.Doc, b.Doc), a.Start.Compare(b.Start), a.End.Compare(b.End), strings.Compare(a.Text, b.Text))
	})
	return slices.Compact(claims)
}
