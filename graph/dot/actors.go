package dot

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/storyline/storyline/graph"
	"github.com/storyline/storyline/timeline"
)

// WriteActors writes the actor graph of tl as DOT: one node per actor
// that shares an event with another, grouped in a cluster per country or
// side, and one undirected edge per pair of actors that share events, as
// thick as the number of events and labelled by their commonest kinds
// ("call ×2, meeting"). The graph's label says how many actors it left
// out for sharing no event. The same timeline gives the same bytes.
//
// This is what `storyline build` writes as actors.dot and what `storyline
// graph --kind actors --format dot` prints.
func WriteActors(w io.Writer, tl *timeline.Timeline, opts Options) error {
	g, err := graph.Actors(tl)
	if err != nil {
		return fmt.Errorf("dot: %w", err)
	}
	aw := newActorWriter(tl, g, opts.MaxNodes)
	aw.header()
	aw.clusters()
	aw.ties()
	aw.close()
	return aw.flush(w, "actor")
}

type actorWriter struct {
	writer
	g      *graph.ActorGraph
	sum    graph.Summary
	kept   map[string]bool
	byID   map[string]*timeline.Actor // every actor of the timeline
	events map[string]*timeline.Event
	docs   map[string]*timeline.Document
	nDocs  int
	alone  int // actors left out for sharing no event with another
}

func newActorWriter(tl *timeline.Timeline, g *graph.ActorGraph, maxNodes int) *actorWriter {
	aw := &actorWriter{
		g:      g,
		kept:   make(map[string]bool),
		byID:   make(map[string]*timeline.Actor),
		events: make(map[string]*timeline.Event),
		docs:   docIndex(tl),
		nDocs:  len(tl.Documents),
	}
	limit := -1
	if maxNodes > 0 {
		limit = maxNodes
	}
	for _, id := range g.TopActors(limit) {
		aw.kept[id] = true
	}
	aw.sum = graph.Summary{Kept: len(aw.kept), Total: len(g.TopActors(-1)), Noun: "actors"}
	aw.alone = len(g.Actors()) - aw.sum.Total
	for i := range tl.Actors {
		if _, dup := aw.byID[tl.Actors[i].ID]; !dup {
			aw.byID[tl.Actors[i].ID] = &tl.Actors[i]
		}
	}
	for i := range tl.Events {
		if _, dup := aw.events[tl.Events[i].ID]; !dup {
			aw.events[tl.Events[i].ID] = &tl.Events[i]
		}
	}
	return aw
}

func (aw *actorWriter) header() {
	label := plural(aw.sum.Kept, "actor") + " from " + plural(aw.nDocs, "document")
	var left string
	switch {
	case aw.sum.Total == 0:
		// "0 actors from 6 documents" over an empty page reads as a
		// failure; the title says instead that there is nothing to draw.
		label = "No two actors share an event in " + plural(aw.nDocs, "document")
		if aw.alone > 0 {
			left = plural(aw.alone, "actor") + " in events, none with another"
		}
	case aw.alone > 0:
		left = plural(aw.alone, "actor") + " sharing no event with another not shown"
	}
	aw.writeHeader(graphHeader{
		keyword: "graph", id: "actors",
		label: label,
		sum:   aw.sum, left: left,
		graph: attrs{"nodesep": "0.3", "ranksep": "0.6"},
		node:  attrs{"margin": "0.1,0.05"},
		edge:  attrs{"color": "#616161"},
	})
}

// sideColours fill the clusters, one per side in order, round again when
// there are more sides.
var sideColours = []string{"#e3f2fd", "#fce4ec", "#fff3e0", "#e8f5e9", "#f3e5f5", "#e0f7fa", "#fffde7", "#efebe9"}

// clusters writes the actors grouped by side; actors of no known side
// come last, outside any cluster.
func (aw *actorWriter) clusters() {
	sides, members := aw.sides()
	for i, side := range sides {
		if side == "" {
			continue
		}
		if m := members[side]; len(m) == 1 && m[0].ID == side {
			// A side with no member but itself needs no frame around it.
			aw.actorNodes(m)
			continue
		}
		aw.open("subgraph %s", ID("cluster_"+side))
		name := aw.name(side)
		aw.stmt("graph", attrs{
			"label": name, "tooltip": name, "id": "side-" + Anchor(side),
			"style": "rounded,filled", "fillcolor": sideColours[i%len(sideColours)], "color": "#bdbdbd",
		})
		aw.actorNodes(members[side])
		aw.close()
	}
	aw.actorNodes(members[""])
}

// sides returns the sides in order of name (ignoring case), then id ("" last), and the
// kept actors of each.
func (aw *actorWriter) sides() ([]string, map[string][]*timeline.Actor) {
	members := make(map[string][]*timeline.Actor)
	for _, a := range aw.g.Actors() {
		if aw.kept[a.ID] {
			side := aw.g.SideOf(a)
			members[side] = append(members[side], a)
		}
	}
	sides := make([]string, 0, len(members))
	for s := range members {
		sides = append(sides, s)
	}
	slices.SortFunc(sides, func(a, b string) int {
		if (a == "") != (b == "") {
			return cmp.Compare(b, a) // "" last
		}
		return cmp.Or(
			cmp.Compare(strings.ToLower(aw.name(a)), strings.ToLower(aw.name(b))),
			cmp.Compare(aw.name(a), aw.name(b)),
			cmp.Compare(a, b))
	})
	return sides, members
}

func (aw *actorWriter) name(id string) string {
	if a := aw.byID[id]; a != nil && a.Name != "" {
		return a.Name
	}
	return timeline.IDName(id)
}

func (aw *actorWriter) actorNodes(actors []*timeline.Actor) {
	for _, a := range actors {
		aw.stmt(ID(a.ID), aw.actorAttrs(a))
	}
}

func (aw *actorWriter) actorAttrs(a *timeline.Actor) attrs {
	label := wrap(cmp.Or(a.Name, a.ID), 24, 2)
	if len(a.Roles) > 0 {
		label += "\n" + wrap(a.Roles[0], 28, 2)
	}
	at := attrs{
		"label":   label,
		"id":      "actor-" + Anchor(a.ID),
		"class":   classList("actor", Anchor(a.Kind)),
		"tooltip": aw.actorTooltip(a),
	}
	switch a.Kind {
	case timeline.Country:
		at["shape"], at["style"] = "hexagon", "filled"
	case timeline.Organization, timeline.Group:
		at["style"] = "filled"
	case timeline.Place:
		at["shape"], at["style"] = "ellipse", "filled"
	}
	return at
}

// actorTooltip reads "Donald Trump (US president), also Trump, Mr Trump: 6 events".
func (aw *actorWriter) actorTooltip(a *timeline.Actor) string {
	tip := cmp.Or(a.Name, a.ID)
	if len(a.Roles) > 0 {
		tip += " (" + strings.Join(a.Roles, "; ") + ")"
	}
	if len(a.Aliases) > 0 {
		tip += ", also " + clip(strings.Join(a.Aliases, ", "), 200)
	}
	return tip + ": " + plural(aw.g.EventCount(a.ID), "event")
}

func (aw *actorWriter) ties() {
	for _, t := range aw.g.Ties() {
		if aw.kept[t.A] && aw.kept[t.B] {
			aw.stmt(ID(t.A)+" -- "+ID(t.B), aw.tieAttrs(t))
		}
	}
}

func (aw *actorWriter) tieAttrs(t *graph.Tie) attrs {
	at := attrs{
		// An xlabel is placed after the layout, clear of other labels: as
		// a label, laid out as a node in a rank between the two actors,
		// it may land on another tie's label where ties cross between
		// clusters.
		"xlabel":   aw.kindCounts(t),
		"weight":   fmt.Sprint(t.Weight()),
		"penwidth": number(min(1+0.75*float64(t.Weight()-1), 6)),
		"id":       "tie-" + Anchor(t.A) + "--" + Anchor(t.B),
		"class":    "tie",
		"tooltip":  aw.tieTooltip(t),
	}
	if url := aw.tieURL(t); url != "" {
		at["URL"] = url
	}
	return at
}

// kindCounts reads "call ×5, meeting ×2, +3 more": the commonest kinds of
// the shared events, so that a busy tie keeps a short label; the tooltip
// lists the events.
func (aw *actorWriter) kindCounts(t *graph.Tie) string {
	count := make(map[string]int)
	for _, id := range t.Events {
		if ev := aw.events[id]; ev != nil {
			count[cmp.Or(ev.Kind, "event")]++
		}
	}
	kinds := make([]string, 0, len(count))
	for k := range count {
		kinds = append(kinds, k)
	}
	slices.SortFunc(kinds, func(a, b string) int { return cmp.Or(cmp.Compare(count[b], count[a]), cmp.Compare(a, b)) })
	parts := make([]string, 0, maxTieKinds+1)
	for i, k := range kinds {
		if i == maxTieKinds {
			parts = append(parts, fmt.Sprintf("+%d more", len(kinds)-i))
			break
		}
		if count[k] > 1 {
			k += fmt.Sprintf(" ×%d", count[k])
		}
		parts = append(parts, k)
	}
	return strings.Join(parts, ", ")
}

// maxTieKinds is the most event kinds a tie's label names.
const maxTieKinds = 2

// tieTooltip lists the shared events, one a line: date, kind, summary.
func (aw *actorWriter) tieTooltip(t *graph.Tie) string {
	lines := []string{aw.name(t.A) + " and " + aw.name(t.B) + ": " + plural(t.Weight(), "event")}
	for i, id := range t.Events {
		if i == 10 {
			lines = append(lines, fmt.Sprintf("... and %d more", len(t.Events)-i))
			break
		}
		if ev := aw.events[id]; ev != nil {
			lines = append(lines, whenText(ev.When)+" "+ev.Kind+": "+clip(cmp.Or(ev.Summary, ev.ID), 100))
		}
	}
	return strings.Join(lines, "\n")
}

// tieURL is the article that first tells the first shared event.
func (aw *actorWriter) tieURL(t *graph.Tie) string {
	for _, id := range t.Events {
		ev := aw.events[id]
		if ev == nil {
			continue
		}
		ms := slices.Clone(ev.Mentions)
		slices.SortFunc(ms, func(a, b timeline.Mention) int {
			return cmp.Or(cmp.Compare(a.Doc, b.Doc), cmp.Compare(a.Start, b.Start))
		})
		for _, m := range ms {
			if doc := aw.docs[m.Doc]; doc != nil && doc.URL != "" {
				return doc.URL
			}
		}
	}
	return ""
}
