package dot

import (
	"slices"
	"strconv"
	"strings"

	"github.com/storyline/storyline/graph"
	"github.com/storyline/storyline/timeline"
)

// spine writes one plaintext node per column of dates, chained invisibly
// in order, and ranks each column's events with its node. Undated events
// linked to a dated one belong to no column: the links place them beside
// the events they are tied to.
func (ew *eventWriter) spine() {
	cols := ew.columns()
	ew.open("subgraph %s", ID("dates"))
	ew.stmt("node", attrs{"shape": "plaintext", "fontsize": "9", "fontcolor": "#757575", "style": "solid"})
	ew.stmt("edge", attrs{"style": "invis"})
	for _, c := range cols {
		ew.stmt(ID(ew.spineNode(c.name)), attrs{"label": c.label, "id": "date-" + Anchor(c.name), "tooltip": c.label})
	}
	for i := 1; i < len(cols); i++ {
		ew.stmt(ID(ew.spineNode(cols[i-1].name))+" -> "+ID(ew.spineNode(cols[i].name)), nil)
	}
	ew.close()
	for _, c := range cols {
		ew.open("")
		ew.line("rank=same;")
		ew.line("%s;", ID(ew.spineNode(c.name)))
		for _, ev := range c.events {
			ew.line("%s;", ID(ev.ID))
		}
		ew.close()
	}
}

// spineNode names the spine node of a column: "date:2025-02-12", with as
// many "~" in front as it takes for no event id to share the prefix.
func (ew *eventWriter) spineNode(name string) string {
	if ew.spinePrefix == "" {
		ew.spinePrefix = "date:"
		for slices.ContainsFunc(ew.events, func(ev *timeline.Event) bool { return strings.HasPrefix(ev.ID, ew.spinePrefix) }) {
			ew.spinePrefix = "~" + ew.spinePrefix
		}
	}
	return ew.spinePrefix + name
}

// column is one rank of the event graph: the events starting on one day
// or on a run of consecutive days, or the undated events.
type column struct {
	first, last timeline.Date // zero for the undated column
	name, label string
	events      []*timeline.Event // in (date, id) order
}

// columns returns the columns of the drawing in date order, the undated
// one last. Each dated event stands in the column of the day it starts,
// so that "the week of 10 March" and "10 March" share a rank. Consecutive
// days share a column when no arrow joins them and the column grows no
// taller than the tallest day, which narrows the drawing at no cost in
// height. An undated event tied by an arrow to a dated one stands in no
// column.
func (ew *eventWriter) columns() []*column {
	days, undated := ew.eventsByDay()
	tallest := 0
	for _, d := range days {
		tallest = max(tallest, len(d.events))
	}
	joined := ew.joinedDays()
	var cols []*column
	for _, d := range days {
		if n := len(cols); n > 0 && cols[n-1].absorbs(d, tallest, joined) {
			cols[n-1].last = d.first
			cols[n-1].events = append(cols[n-1].events, d.events...)
			continue
		}
		cols = append(cols, d)
	}
	for _, c := range cols {
		c.name, c.label = c.first.String(), columnLabel(c)
		if c.last != c.first {
			c.name += "/" + c.last.String()
		}
	}
	if len(undated) > 0 {
		cols = append(cols, &column{name: "undated", label: "undated", events: undated})
	}
	return cols
}

// eventsByDay returns one column per start day, in order, and the undated
// events that no arrow ties to a dated one.
func (ew *eventWriter) eventsByDay() ([]*column, []*timeline.Event) {
	anchored := ew.anchoredUndated()
	byDate := slices.Clone(ew.events)
	slices.SortStableFunc(byDate, graph.CompareEvents)
	var days []*column
	var undated []*timeline.Event
	for _, ev := range byDate {
		switch {
		case !isDated(ev.When):
			if !anchored[ev.ID] {
				undated = append(undated, ev)
			}
		case len(days) > 0 && days[len(days)-1].first == ev.When.Start:
			days[len(days)-1].events = append(days[len(days)-1].events, ev)
		default:
			days = append(days, &column{first: ev.When.Start, last: ev.When.Start, events: []*timeline.Event{ev}})
		}
	}
	return days, undated
}

// anchoredUndated returns the undated events an arrow ties to a dated one.
func (ew *eventWriter) anchoredUndated() map[string]bool {
	anchored := make(map[string]bool)
	for _, a := range ew.g.Arrows() {
		from, to := ew.when(a.From), ew.when(a.To)
		switch {
		case isDated(from) && !isDated(to):
			anchored[a.To] = true
		case !isDated(from) && isDated(to):
			anchored[a.From] = true
		}
	}
	return anchored
}

// joinedDays returns the pairs of start days, earlier first, that an arrow
// joins.
func (ew *eventWriter) joinedDays() map[[2]timeline.Date]bool {
	joined := make(map[[2]timeline.Date]bool)
	for _, a := range ew.g.Arrows() {
		from, to := ew.when(a.From), ew.when(a.To)
		if !isDated(from) || !isDated(to) {
			continue
		}
		x, y := from.Start, to.Start
		if y.Before(x) {
			x, y = y, x
		}
		joined[[2]timeline.Date{x, y}] = true
	}
	return joined
}

func (ew *eventWriter) when(id string) *timeline.When {
	if ev, err := ew.g.Vertex(id); err == nil {
		return ev.When
	}
	return nil
}

// absorbs reports whether the one-day column d can join c: it starts the
// day after c ends, no arrow joins it to a day of c, and together they
// hold no more than limit events.
func (c *column) absorbs(d *column, limit int, joined map[[2]timeline.Date]bool) bool {
	if c.last.AddDays(1) != d.first || len(c.events)+len(d.events) > limit {
		return false
	}
	for day := c.first; !day.After(c.last); day = day.AddDays(1) {
		if joined[[2]timeline.Date{day, d.first}] {
			return false
		}
	}
	return true
}

// columnLabel reads "12 Feb 2025", "15–16 Mar 2025", or, when every
// event of a one-day column is as coarse, "2022", "Feb 2022" or "week of
// 10 Mar 2025".
func columnLabel(c *column) string {
	if c.last != c.first {
		return timeline.FormatRange(c.first, c.last)
	}
	coarse := c.events[0].When.Granularity
	for _, ev := range c.events[1:] {
		if ev.When.Granularity != coarse {
			coarse = timeline.Day
		}
	}
	switch coarse {
	case timeline.Year, timeline.Decade, timeline.Century:
		return strconv.Itoa(c.first.Year)
	case timeline.Month, timeline.Quarter, timeline.Season:
		return c.first.Month.String()[:3] + " " + strconv.Itoa(c.first.Year)
	case timeline.Week:
		return "week of " + timeline.FormatDay(c.first)
	}
	return timeline.FormatDay(c.first)
}

func isDated(w *timeline.When) bool { return w != nil && !w.Start.IsZero() }
