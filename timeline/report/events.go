package report

import (
	"cmp"
	"slices"
	"strings"

	"github.com/storyline/storyline/timeline"
)

// index looks documents and actors up by id. Its maps are only read
// from, never ranged over, so the page does not depend on map order.
type index struct {
	docs   map[string]*timeline.Document
	actors map[string]*timeline.Actor
}

func newIndex(tl *timeline.Timeline) *index {
	ix := &index{
		docs:   make(map[string]*timeline.Document, len(tl.Documents)),
		actors: make(map[string]*timeline.Actor, len(tl.Actors)),
	}
	for i := range tl.Documents {
		ix.docs[tl.Documents[i].ID] = &tl.Documents[i]
	}
	for i := range tl.Actors {
		ix.actors[tl.Actors[i].ID] = &tl.Actors[i]
	}
	return ix
}

func (ix *index) actorName(id string) string {
	if a := ix.actors[id]; a != nil && oneLine(a.Name) != "" {
		return oneLine(a.Name)
	}
	return oneLine(id)
}

// sideName is the name of a country or side, which may be an id that no
// actor has: "palestine" reads "Palestine".
func (ix *index) sideName(id string) string {
	if a := ix.actors[id]; a != nil && oneLine(a.Name) != "" {
		return oneLine(a.Name)
	}
	return timeline.IDName(oneLine(id))
}

// published returns a document's publication date, zero when unknown.
func (ix *index) published(doc string) timeline.Date {
	if d := ix.docs[doc]; d != nil {
		return d.Published
	}
	return timeline.Date{}
}

// eventRow is one event as the tables draw it.
type eventRow struct {
	ID            string
	Date          string // "10–16 Mar 2025"; empty when undated
	Precision     string // "week"
	ISO           string // start/end, for sorting
	Day           string // the ISO day, when the date is one day
	FirstReported string // the earliest publication date among its sources
	Status, Kind  string
	Summary       string
	Actors        []actorRef
	ActorIDs      string // space-separated, for the filter
	Places        string
	Sources       []source
	Agreement     []claim
}

type actorRef struct{ ID, Name, Role string }

// source is one document that tells an event, with its sentences.
type source struct {
	Outlet, Title, URL string
	Published          string
	Quotes             [][]segment
	doc                string
	date               timeline.Date
}

// claim is what one source says of the date, when the sources disagree.
type claim struct {
	Outlet, Date string
	Texts        []string
}

// eventRows returns the dated events in date order and the undated ones
// in order of first report.
func (ix *index) eventRows(events []timeline.Event) (dated, undated []eventRow) {
	evs := make([]*timeline.Event, len(events))
	for i := range events {
		evs[i] = &events[i]
	}
	slices.SortStableFunc(evs, func(a, b *timeline.Event) int { return ix.compareEvents(a, b) })
	for _, ev := range evs {
		row := ix.eventRow(ev)
		if ev.When == nil {
			undated = append(undated, row)
		} else {
			dated = append(dated, row)
		}
	}
	return dated, undated
}

// compareEvents orders dated events by start, then end; undated ones by
// when they were first reported, then where they were first told.
func (ix *index) compareEvents(a, b *timeline.Event) int {
	if (a.When == nil) != (b.When == nil) {
		return boolCompare(a.When == nil, b.When == nil)
	}
	if a.When != nil {
		if c := a.When.Start.Compare(b.When.Start); c != 0 {
			return c
		}
		if c := a.When.End.Compare(b.When.End); c != 0 {
			return c
		}
	} else {
		ra, rb := ix.firstReported(a), ix.firstReported(b)
		if ra.IsZero() != rb.IsZero() {
			return boolCompare(ra.IsZero(), rb.IsZero())
		}
		if c := ra.Compare(rb); c != 0 {
			return c
		}
		if c := compareFirstMention(a, b); c != 0 {
			return c
		}
	}
	return cmp.Compare(a.ID, b.ID)
}

func compareFirstMention(a, b *timeline.Event) int {
	if len(a.Mentions) == 0 || len(b.Mentions) == 0 {
		return cmp.Compare(len(b.Mentions), len(a.Mentions))
	}
	ma, mb := a.Mentions[0], b.Mentions[0]
	return cmp.Or(cmp.Compare(ma.Doc, mb.Doc), cmp.Compare(ma.Start, mb.Start))
}

// boolCompare orders false before true.
func boolCompare(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

// firstReported is the earliest publication date among the event's
// sources, zero when none has one.
func (ix *index) firstReported(ev *timeline.Event) timeline.Date {
	var first timeline.Date
	for _, m := range ev.Mentions {
		if d := ix.published(m.Doc); !d.IsZero() && (first.IsZero() || d.Before(first)) {
			first = d
		}
	}
	return first
}

func (ix *index) eventRow(ev *timeline.Event) eventRow {
	row := eventRow{
		ID:      ev.ID,
		Status:  cmp.Or(oneLine(ev.Status), timeline.Occurred),
		Kind:    cmp.Or(oneLine(ev.Kind), "other"),
		Summary: cmp.Or(oneLine(ev.Summary), "(no summary)"),
		Places:  oneLine(strings.Join(ev.Places, ", ")),
	}
	if w := ev.When; w != nil {
		row.Date = timeline.FormatRange(w.Start, w.End)
		row.Precision = precision(w)
		row.ISO = w.Start.String() + "/" + w.End.String()
		if w.Start == w.End {
			row.Day = w.Start.String()
		}
	}
	if d := ix.firstReported(ev); !d.IsZero() {
		row.FirstReported = timeline.FormatDay(d)
		if row.ISO == "" {
			row.ISO = d.String()
		}
	}
	ids := make([]string, 0, len(ev.Actors))
	for _, p := range ev.Actors {
		row.Actors = append(row.Actors, actorRef{ID: p.ID, Name: ix.actorName(p.ID), Role: oneLine(p.Role)})
		ids = append(ids, token(p.ID))
	}
	row.ActorIDs = strings.Join(ids, " ")
	row.Sources = ix.sources(ev)
	row.Agreement = ix.agreement(ev.Dates)
	return row
}

// sources groups an event's mentions by document, earliest published
// first, each sentence with its date expression marked.
func (ix *index) sources(ev *timeline.Event) []source {
	var out []source
	at := map[string]int{} // document → its place in out; only looked up
	for _, m := range ev.Mentions {
		i, ok := at[m.Doc]
		if !ok {
			i = len(out)
			at[m.Doc] = i
			out = append(out, ix.newSource(m.Doc))
		}
		q := oneLine(m.Text)
		if q == "" {
			continue
		}
		var marked []span
		if t, ok := triggerSpan(q, m); ok {
			marked = append(marked, t)
		}
		out[i].Quotes = append(out[i].Quotes, highlight(q, datePhrases(ev, m.Doc), markDate, marked...))
	}
	slices.SortStableFunc(out, func(a, b source) int {
		if a.date.IsZero() != b.date.IsZero() {
			return boolCompare(a.date.IsZero(), b.date.IsZero())
		}
		return cmp.Or(a.date.Compare(b.date), cmp.Compare(a.doc, b.doc))
	})
	return out
}

func (ix *index) newSource(doc string) source {
	s := source{doc: doc, Outlet: oneLine(doc)}
	d := ix.docs[doc]
	if d == nil {
		return s
	}
	s.Outlet, s.Title, s.URL, s.date = sourceName(d), oneLine(d.Title), safeURL(d.URL), d.Published
	if !d.Published.IsZero() {
		s.Published = timeline.FormatDay(d.Published)
	}
	return s
}

// datePhrases are the expressions a document dates an event with: what
// it claims when the sources disagree, and the expression of the date
// kept.
func datePhrases(ev *timeline.Event, doc string) []string {
	var ps []string
	for _, c := range ev.Dates {
		if c.Doc == doc {
			ps = append(ps, oneLine(c.Text))
		}
	}
	if ev.When != nil {
		ps = append(ps, oneLine(ev.When.Text))
	}
	return ps
}

// agreement lists what each source says of the date, one line per
// source and date, in the order the claims come.
func (ix *index) agreement(claims []timeline.DateClaim) []claim {
	var out []claim
	for _, c := range claims {
		name := oneLine(c.Doc)
		if d := ix.docs[c.Doc]; d != nil {
			name = sourceName(d)
		}
		date, text := timeline.FormatRange(c.Start, c.End), oneLine(c.Text)
		if n := len(out); n > 0 && out[n-1].Outlet == name && out[n-1].Date == date {
			out[n-1].Texts = append(out[n-1].Texts, text)
			continue
		}
		out = append(out, claim{Outlet: name, Date: date, Texts: []string{text}})
	}
	return out
}
