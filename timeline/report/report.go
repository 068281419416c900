package report

import (
	"bufio"
	"fmt"
	"html/template"
	"io"
	"slices"

	"github.com/storyline/storyline/timeline"
)

// Options chooses what the report shows. The zero value gives a report
// without pictures, titled "Storyline report".
type Options struct {
	// Title is the page's title and heading.
	Title string
	// Timeline, EventGraph and ActorGraph are the pictures, drawn by the
	// caller (timeline/svg, graph/render). A Figure without SVG is left
	// out.
	Timeline, EventGraph, ActorGraph Figure
}

// Figure is one picture of the report.
type Figure struct {
	// SVG is a whole SVG document from Storyline's renderers or other
	// trusted code: it goes into the page as it is, less its XML prolog
	// and comments, its style rules scoped to the figure. Write refuses an
	// SVG that holds a script.
	SVG []byte
	// Caption says what the picture shows; empty gives the report's own.
	Caption string
}

// DefaultTitle is the title of a report whose Options give none.
const DefaultTitle = "Storyline report"

// Write writes the report of tl to w as one HTML document. It does not
// change tl.
func Write(w io.Writer, tl *timeline.Timeline, opt Options) error {
	if tl == nil {
		tl = &timeline.Timeline{}
	}
	p, err := newPage(tl, opt)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	if err := pageTemplate.Execute(bw, p); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("report: write: %w", err)
	}
	return nil
}

// page is what the template draws.
type page struct {
	Title    string
	Lede     string
	Facts    []fact
	Warnings []warning
	Figures  []figureView
	Filters  filterView
	Dated    []eventRow
	Undated  []eventRow
	Actors   []actorRow // those who take part in an event
	Named    []actorRow // those only named, folded away under the table
	Links    []linkRow
	Docs     []docRow
	// Outlets says whether a document names its outlet; when none does,
	// the Documents table has no Outlet column to leave empty.
	Outlets bool
	CSS     template.CSS
	JS      template.JS
}

func newPage(tl *timeline.Timeline, opt Options) (*page, error) {
	ix := newIndex(tl)
	p := &page{Title: oneLine(opt.Title), CSS: template.CSS(styleCSS), JS: template.JS(scriptJS)}
	if p.Title == "" {
		p.Title = DefaultTitle
	}
	p.Dated, p.Undated = ix.eventRows(tl.Events)
	p.Lede, p.Facts = ix.overview(tl, len(p.Dated))
	p.Warnings = ix.warnings(tl, len(p.Undated))
	p.Filters = ix.filters(tl.Events)
	p.Actors, p.Named = splitActors(ix.actorRows(tl.Actors, tl.Events))
	p.Links = ix.linkRows(tl.Links)
	describeLinks(p.Links, slices.Concat(p.Dated, p.Undated))
	p.Docs = ix.docRows(tl.Documents)
	p.Outlets = slices.ContainsFunc(p.Docs, func(d docRow) bool { return d.Outlet != "" })
	var err error
	p.Figures, err = figures(opt, len(p.Dated), len(tl.Links))
	return p, err
}

// figureView is one picture as the template draws it.
type figureView struct {
	ID, Heading, Caption string
	SVG                  template.HTML
	Wide                 bool // may be wider than the page: offer it at full size
}

func figures(opt Options, dated, links int) ([]figureView, error) {
	specs := []struct {
		fig            Figure
		id, heading    string
		defaultCaption string
		wide           bool
	}{
		{opt.Timeline, "timeline", "When it happened",
			fmt.Sprintf("The %s on a time axis, one lane per most active actor. Hover over an event for its date expression and sources; undated events are listed after the table.", plural(dated, "dated event")), false},
		{opt.EventGraph, "event-graph", "What led to what",
			eventGraphCaption(links), true},
		{opt.ActorGraph, "actor-graph", "Who deals with whom",
			"The actor graph: actors who take part in the same events, grouped by country or side; a line is labelled with the kinds of events they share and is thicker the more they share.", true},
	}
	var out []figureView
	for _, s := range specs {
		if len(s.fig.SVG) == 0 {
			continue
		}
		svg, err := inlineSVG(s.fig.SVG, s.id)
		if err != nil {
			return nil, figureError(s.id, err)
		}
		caption := oneLine(s.fig.Caption)
		if caption == "" {
			caption = s.defaultCaption
		}
		out = append(out, figureView{ID: s.id, Heading: s.heading, Caption: caption, SVG: svg, Wide: s.wide})
	}
	return out, nil
}

// eventGraphCaption says what the event graph draws; with no link
// extracted, "the 0 extracted links between them with their cue" read as
// if links had been lost.
func eventGraphCaption(links int) string {
	if links == 0 {
		return "The event graph: events in date order; no link between them was found in the text, and dashed lines run from one event of an actor to their next."
	}
	return fmt.Sprintf("The event graph: events in date order, the %s between them with their cue, and dashed lines from one event of an actor to their next.", plural(links, "extracted link"))
}
