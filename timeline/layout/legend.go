package layout

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/storyline/storyline/timeline"
)

// legendSymbols lists the legend's symbols in order, with their text.
var legendSymbols = []struct{ symbol, label string }{
	{timeline.Occurred, "occurred"},
	{timeline.Expected, "expected / planned"},
	{timeline.Reported, "reported"},
	{timeline.Denied, "denied"},
	{timeline.Hypothetical, "hypothetical"},
	{"range", "date range"},
	{"vague", "vague date (week or coarser)"},
	{"background", "longer period (not to scale)"},
	{"ghost", "also involved"},
	{"published", "source published"},
	{"break", "axis break"},
	{"link", "link"},
}

// buildLegend adds a swatch for each symbol the picture uses, in rows
// under the axis.
func (b *builder) buildLegend() {
	used := b.usedSymbols()
	size := b.opt.FontSize
	x := edge + 8
	y := b.d.Axis.Y + 2*(b.tickFontSize()+4) + 18
	for _, s := range legendSymbols {
		if !used[s.symbol] {
			continue
		}
		w := 18 + textWidth(s.label, size) + 16
		if x+w > b.opt.Width-edge && x > edge+8 {
			x, y = edge+8, y+size+8
		}
		b.d.Legend = append(b.d.Legend, LegendEntry{Symbol: s.symbol, Label: s.label, X: x + 6, Y: y})
		x += w
	}
	b.d.Height = y + size + 8
}

// usedSymbols returns which legend symbols the picture draws.
func (b *builder) usedSymbols() map[string]bool {
	used := map[string]bool{}
	for i := range b.d.Marks {
		m := &b.d.Marks[i]
		used[legendStatus(m.Status)] = true
		switch {
		case m.Background:
			used["background"] = true
		case m.Vague:
			used["vague"] = true
		case m.Shape == Bar:
			used["range"] = true
		}
	}
	used["ghost"] = len(b.d.Ghosts) > 0
	used["published"] = len(b.d.Published) > 0
	used["break"] = len(b.d.Axis.Breaks) > 0
	used["link"] = len(b.d.Links) > 0
	return used
}

// legendStatus maps a status to its legend symbol; unknown statuses are
// drawn as occurred.
func legendStatus(s string) string {
	switch s {
	case timeline.Planned:
		return timeline.Expected
	case timeline.Expected, timeline.Reported, timeline.Denied, timeline.Hypothetical:
		return s
	}
	return timeline.Occurred
}

// describe writes the subtitle and the accessible description.
func (b *builder) describe() {
	d := b.d
	if len(d.Marks) == 0 {
		d.Subtitle = "No dated events to show"
		d.Desc = d.Subtitle + "."
		if d.Undated > 0 {
			d.Desc += " " + plural(d.Undated, "undated event") + " not shown."
		}
		return
	}
	first, last, background := b.axisDays()
	dates := timeline.FormatDay(dateOf(first))
	if last > first {
		dates += " – " + timeline.FormatDay(dateOf(last))
	}
	parts := []string{plural(len(d.Marks), "event"), dates}
	longer := ""
	if background > 0 {
		longer = plural(background, "event") + " over a longer period, not to scale"
		parts = append(parts, longer)
	}
	if n := b.sourceCount(); n > 0 {
		parts = append(parts, "from "+plural(n, "source"))
	}
	if d.Undated > 0 {
		parts = append(parts, plural(d.Undated, "undated event")+" not shown")
	}
	d.Subtitle = strings.Join(parts, " · ")
	d.Desc = b.longDesc(dates, longer)
}

// axisDays returns the first and last day of the events drawn to scale,
// and how many are background instead: the subtitle gives the dates the
// axis shows, not the first day of a year that one event is dated by.
func (b *builder) axisDays() (first, last, background int) {
	first, last = math.MaxInt, math.MinInt
	for _, it := range b.items {
		if it.background {
			background++
			continue
		}
		first, last = min(first, it.first), max(last, it.last)
	}
	if background == len(b.items) { // all background: the axis shows them
		for _, it := range b.items {
			first, last = min(first, it.first), max(last, it.last)
		}
		background = 0
	}
	return first, last, background
}

func (b *builder) longDesc(dates, longer string) string {
	var s strings.Builder
	on := " on " + dates
	if from, to, ok := strings.Cut(dates, " – "); ok {
		on = " from " + from + " to " + to
	}
	s.WriteString("Timeline of " + plural(len(b.d.Marks), "dated event") + on)
	if longer != "" {
		s.WriteString(" (" + longer + ")")
	}
	names := make([]string, len(b.d.Lanes))
	for i, l := range b.d.Lanes {
		names[i] = l.Name
	}
	s.WriteString(", in " + plural(len(names), "lane") + ": " + strings.Join(names, ", ") + ".")
	for _, br := range b.d.Axis.Breaks {
		s.WriteString(" The time axis skips " + timeline.FormatDay(br.From) + " to " + timeline.FormatDay(br.To) + ".")
	}
	if b.d.Undated > 0 {
		s.WriteString(" " + plural(b.d.Undated, "undated event") + " not shown.")
	}
	return s.String()
}

// sourceCount is the number of documents that tell the drawn events.
func (b *builder) sourceCount() int {
	var docs []string
	for _, it := range b.items {
		for _, m := range it.ev.Mentions {
			docs = append(docs, m.Doc)
		}
	}
	slices.Sort(docs)
	return len(slices.Compact(docs))
}

func plural(n int, noun string) string {
	s := strconv.Itoa(n) + " " + noun
	if n != 1 {
		s += "s"
	}
	return s
}
