package dot

import (
	"cmp"
	"slices"
	"strings"

	"github.com/storyline/storyline/graph"
	"github.com/storyline/storyline/timeline"
)

// The edges of the event graph: one a link, styled by its kind, with its
// cue and the sentence that states it.

// arrows writes one edge per link of every arrow.
func (ew *eventWriter) arrows() {
	for _, a := range ew.g.Arrows() {
		for _, l := range a.Links {
			ew.stmt(ID(a.From)+" -> "+ID(a.To), ew.linkAttrs(a, l))
		}
	}
}

func (ew *eventWriter) linkAttrs(a *graph.Arrow, l timeline.Link) attrs {
	if a.Inferred {
		return attrs{
			"style": "dashed", "color": "#9e9e9e", "arrowhead": "vee",
			"id":      "precedes-" + Anchor(a.From) + "-" + Anchor(a.To),
			"class":   "inferred precedes",
			"tooltip": "inferred: " + ew.sharedActors(a) + " took part in both, in this order",
		}
	}
	at := linkStyle(l.Kind)
	// A stated precedes says no more than its place on the time axis;
	// its line style tells it from an inferred one and the tooltip keeps
	// the cue. Labels cost layout time, so only links that say why get one.
	if l.Kind != timeline.Precedes {
		text := kindLabel(l.Kind)
		if l.Cue != "" && !restates(l.Cue, l.Kind) {
			text += "\n\"" + clip(l.Cue, 40) + "\""
		}
		at[ew.labelKey()] = text
	}
	at["id"] = "link-" + Anchor(l.Kind) + "-" + Anchor(l.From) + "-" + Anchor(l.To)
	at["class"] = classList("link", Anchor(l.Kind))
	at["tooltip"] = ew.linkTooltip(l)
	if doc := ew.docs[l.Doc]; doc != nil && doc.URL != "" {
		at["URL"] = doc.URL
	}
	if l.From == a.To {
		at["dir"] = "back"
	}
	return at
}

// restates reports whether a cue only repeats its link's kind, as
// "responding to" does responds_to or "contradicted" contradicts: its
// first word and the kind's share a stem of five letters or more. Such a
// cue adds a line to the label and nothing to what the line style says.
func restates(cue, kind string) bool {
	words := strings.Fields(strings.ToLower(cue))
	if len(words) == 0 {
		return false
	}
	a, b := []rune(words[0]), []rune(strings.SplitN(kind, "_", 2)[0])
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n >= 5
}

// LargeEvents is the most events an event graph draws with edge labels
// laid out as nodes of their own, each given room between two ranks. Past
// it edge labels become xlabels, placed once the layout is done: on 200
// events this cuts Graphviz's time about threefold, at the price of labels
// that may sit less neatly. (Bounding the layout's network simplex with
// nslimit would halve the time again, but lets the date spine drift off
// its row.)
const LargeEvents = 100

func (ew *eventWriter) large() bool { return len(ew.events) > LargeEvents }

// labelKey is the attribute that holds an edge's label.
func (ew *eventWriter) labelKey() string {
	if ew.large() {
		return "xlabel"
	}
	return "label"
}

// linkStyle tells link kinds apart by colour and weight of line.
func linkStyle(kind string) attrs {
	switch kind {
	case timeline.Causes:
		return attrs{"style": "bold", "color": "#212121"}
	case timeline.Contradicts:
		return attrs{"color": "#c62828", "fontcolor": "#c62828"}
	case timeline.RespondsTo:
		return attrs{"color": "#1565c0", "fontcolor": "#1565c0"}
	case timeline.Enables:
		return attrs{"color": "#2e7d32", "fontcolor": "#2e7d32"}
	case timeline.Precedes:
		return attrs{"color": "#757575", "fontcolor": "#757575"}
	case timeline.Fulfils:
		return attrs{"style": "dashed", "color": "#6a1b9a", "fontcolor": "#6a1b9a"}
	}
	return attrs{"style": "dotted", "color": "#757575"}
}

func kindLabel(kind string) string { return strings.ReplaceAll(kind, "_", " ") }

// linkTooltip is the sentence that states the link and its article.
func (ew *eventWriter) linkTooltip(l timeline.Link) string {
	tip := kindLabel(l.Kind)
	if l.Cue != "" {
		tip += " (\"" + l.Cue + "\")"
	}
	docs := l.Sources()
	if len(docs) == 0 {
		return tip
	}
	if s := ew.linkSentence(l, docs[0]); s != "" {
		tip += "\n" + clip(s, 400)
	}
	names := make([]string, len(docs))
	for i, d := range docs {
		names[i] = ew.docName(d)
	}
	return tip + "\n-- " + strings.Join(names, ", ")
}

// linkSentence finds, among the two events' mentions in doc, the sentence
// holding the link's cue, or else the first one.
func (ew *eventWriter) linkSentence(l timeline.Link, doc string) string {
	var candidates []timeline.Mention
	for _, id := range []string{l.From, l.To} {
		if ev, err := ew.g.Vertex(id); err == nil {
			for _, m := range ev.Mentions {
				if m.Doc == doc {
					candidates = append(candidates, m)
				}
			}
		}
	}
	cue := strings.ToLower(l.Cue)
	for _, m := range candidates {
		if cue != "" && strings.Contains(strings.ToLower(m.Text), cue) {
			return m.Text
		}
	}
	if len(candidates) > 0 {
		return candidates[0].Text
	}
	return ""
}

// sharedActors names the actors both ends of an arrow have in common.
func (ew *eventWriter) sharedActors(a *graph.Arrow) string {
	from, err1 := ew.g.Vertex(a.From)
	to, err2 := ew.g.Vertex(a.To)
	if err1 != nil || err2 != nil {
		return "a shared actor"
	}
	var names []string
	for _, p := range from.Actors {
		if slices.ContainsFunc(to.Actors, func(q timeline.Participant) bool { return q.ID == p.ID }) {
			names = append(names, cmp.Or(ew.names[p.ID], p.ID))
		}
	}
	slices.Sort(names)
	names = slices.Compact(names)
	if len(names) == 0 {
		return "a shared actor"
	}
	return strings.Join(names, ", ")
}

// whenKey names an interval uniquely: "2025-02-12" or "2025-03-17/2025-03-23".
func whenKey(w *timeline.When) string {
	if w.End.IsZero() || w.End == w.Start {
		return w.Start.String()
	}
	return w.Start.String() + "/" + w.End.String()
}

func docIndex(tl *timeline.Timeline) map[string]*timeline.Document {
	docs := make(map[string]*timeline.Document, len(tl.Documents))
	for i := range tl.Documents {
		if _, dup := docs[tl.Documents[i].ID]; !dup {
			docs[tl.Documents[i].ID] = &tl.Documents[i]
		}
	}
	return docs
}

func actorNames(tl *timeline.Timeline) map[string]string {
	names := make(map[string]string, len(tl.Actors))
	for _, a := range tl.Actors {
		if _, dup := names[a.ID]; !dup && a.Name != "" {
			names[a.ID] = a.Name
		}
	}
	return names
}
