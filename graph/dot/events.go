package dot

import (
	"cmp"
	"fmt"
	"io"
	"strings"

	"github.com/storyline/storyline/graph"
	"github.com/storyline/storyline/timeline"
)

// WriteEvents writes the event graph of tl as DOT: one node per event,
// ranked left to right by date along a spine of date nodes, and one edge
// per link (causes bold, contradicts red, responds_to blue, enables green,
// inferred precedes dashed grey). A response drawn against time keeps its
// arrowhead on what it answers. Undated events that no link ties to
// another are left out, and counted in the graph's label, unless
// opts.Undated. The same timeline gives the same bytes.
//
// This is what `storyline build` writes as events.dot and what `storyline
// graph --kind events --format dot` prints.
func WriteEvents(w io.Writer, tl *timeline.Timeline, opts Options) error {
	loose := 0
	if !opts.Undated {
		tl, loose = graph.DropLoose(tl)
	}
	tl, sum, err := graph.Summarize(tl, opts.MaxNodes)
	if err != nil {
		return fmt.Errorf("dot: %w", err)
	}
	g, err := graph.Events(tl)
	if err != nil {
		return fmt.Errorf("dot: %w", err)
	}
	order, err := graph.TopoSort(g)
	if err != nil {
		return fmt.Errorf("dot: %w", err)
	}
	ew := newEventWriter(tl, g, order)
	ew.header(sum, loose)
	ew.nodes()
	ew.spine()
	ew.arrows()
	ew.close()
	return ew.flush(w, "event")
}

type eventWriter struct {
	writer
	tl     *timeline.Timeline
	g      *graph.EventGraph
	events []*timeline.Event // in topological (date, id) order
	docs   map[string]*timeline.Document
	names  map[string]string // actor id → name

	spinePrefix string
}

func newEventWriter(tl *timeline.Timeline, g *graph.EventGraph, order []string) *eventWriter {
	ew := &eventWriter{tl: tl, g: g, docs: docIndex(tl), names: actorNames(tl)}
	for _, id := range order {
		if ev, err := g.Vertex(id); err == nil {
			ew.events = append(ew.events, ev)
		}
	}
	return ew
}

func (ew *eventWriter) header(sum graph.Summary, loose int) {
	var left string
	if loose > 0 {
		left = plural(loose, "undated event") + " without links not shown"
	}
	ew.writeHeader(graphHeader{
		keyword: "digraph", id: "events", label: ew.title(), sum: sum, left: left,
		graph: attrs{"nodesep": "0.25", "ranksep": "0.35"},
		node:  attrs{"margin": "0.12,0.06"},
		edge:  attrs{"arrowsize": "0.7", "color": "#424242"},
	})
}

// title reads "11 events from 4 documents, 2025-02-12 to 2025-03-23".
func (ew *eventWriter) title() string {
	t := plural(len(ew.events), "event") + " from " + plural(len(ew.tl.Documents), "document")
	var first, last timeline.Date
	for _, ev := range ew.events {
		if ev.When == nil || ev.When.Start.IsZero() {
			continue
		}
		end := ev.When.End
		if end.Before(ev.When.Start) {
			end = ev.When.Start
		}
		if first.IsZero() || ev.When.Start.Before(first) {
			first = ev.When.Start
		}
		if end.After(last) {
			last = end
		}
	}
	if !first.IsZero() {
		t += ", " + timeline.FormatRange(first, last)
	}
	return t
}

func (ew *eventWriter) nodes() {
	for _, ev := range ew.events {
		ew.stmt(ID(ev.ID), ew.eventAttrs(ev))
	}
}

func (ew *eventWriter) eventAttrs(ev *timeline.Event) attrs {
	a := attrs{
		"label":   eventLabel(ev),
		"id":      "event-" + Anchor(ev.ID),
		"class":   classList("event", Anchor(ev.Kind), Anchor(ev.Status)),
		"tooltip": ew.eventTooltip(ev),
	}
	if m, ok := ew.firstMention(ev, ""); ok {
		if doc := ew.docs[m.Doc]; doc != nil && doc.URL != "" {
			a["URL"] = doc.URL
		}
	}
	for k, v := range statusStyle(ev.Status) {
		a[k] = v
	}
	if !isDated(ev.When) {
		// An undated event stands beside what it is linked to, in a
		// column that is not its date: a paler outline says so.
		a["color"] = "#9e9e9e"
		a["class"] += " undated"
	}
	return a
}

// eventLabel is the summary, wrapped, over a line of date, status and sources.
func eventLabel(ev *timeline.Event) string {
	summary := ev.Summary
	if strings.TrimSpace(summary) == "" {
		summary = cmp.Or(ev.Kind, ev.ID)
	}
	facts := []string{whenText(ev.When)}
	if ev.Status != "" && ev.Status != timeline.Occurred {
		facts = append(facts, ev.Status)
	}
	if n := graph.Sources(ev); n > 1 {
		facts = append(facts, plural(n, "source"))
	}
	return wrap(summary, labelWidth, labelLines) + "\n" + strings.Join(facts, ", ")
}

// An event's label shows at most labelLines lines of labelWidth runes of
// its summary; the tooltip has the whole sentence.
const (
	labelWidth = 28
	labelLines = 3
)

// eventTooltip is the sentence that tells the event and the article it
// comes from.
func (ew *eventWriter) eventTooltip(ev *timeline.Event) string {
	m, ok := ew.firstMention(ev, "")
	if !ok {
		return clip(ev.Summary, 400)
	}
	tip := clip(m.Text, 400) + "\n-- " + ew.docName(m.Doc)
	if n := graph.Sources(ev); n > 1 {
		tip += fmt.Sprintf(" (and %d more)", n-1)
	}
	return tip
}

// firstMention returns ev's first mention (by document, then offset), in
// doc when doc is not "".
func (ew *eventWriter) firstMention(ev *timeline.Event, doc string) (timeline.Mention, bool) {
	var best timeline.Mention
	found := false
	for _, m := range ev.Mentions {
		if doc != "" && m.Doc != doc {
			continue
		}
		if !found || m.Doc < best.Doc || (m.Doc == best.Doc && m.Start < best.Start) {
			best, found = m, true
		}
	}
	return best, found
}

func (ew *eventWriter) docName(id string) string {
	if doc := ew.docs[id]; doc != nil && doc.Title != "" {
		return doc.Title
	}
	return id
}

// statusStyle draws what has not (yet) happened with a broken outline.
func statusStyle(status string) attrs {
	switch status {
	case timeline.Expected, timeline.Planned:
		return attrs{"style": "rounded,filled,dashed", "fillcolor": "#fff8e1"}
	case timeline.Hypothetical:
		return attrs{"style": "rounded,filled,dotted", "fillcolor": "#f5f5f5"}
	case timeline.Denied:
		return attrs{"style": "rounded,filled,dashed", "fillcolor": "#fdecea"}
	case timeline.Reported:
		return attrs{"fillcolor": "#f5f5f5"}
	}
	return nil
}
