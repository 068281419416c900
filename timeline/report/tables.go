package report

import (
	"cmp"
	"slices"
	"strings"

	"github.com/storyline/storyline/timeline"
)

// actorRow is one actor of the actors table.
type actorRow struct {
	ID, Name, Kind, Side string
	Aliases, Roles       []string
	Events, Mentions     int
}

// actorRows lists the actors, those in most events first.
func (ix *index) actorRows(actors []timeline.Actor, events []timeline.Event) []actorRow {
	counts := make(map[string]int, len(actors)) // only looked up
	for _, ev := range events {
		seen := make([]string, 0, len(ev.Actors))
		for _, p := range ev.Actors {
			if !slices.Contains(seen, p.ID) {
				seen = append(seen, p.ID)
				counts[p.ID]++
			}
		}
	}
	rows := make([]actorRow, 0, len(actors))
	for _, a := range actors {
		row := actorRow{
			ID: a.ID, Name: ix.actorName(a.ID), Kind: oneLine(a.Kind),
			Aliases: cleanList(a.Aliases), Roles: cleanList(a.Roles),
			Events: counts[a.ID], Mentions: a.Mentions,
		}
		if a.Country != "" && a.Country != a.ID {
			row.Side = ix.sideName(a.Country)
		}
		rows = append(rows, row)
	}
	slices.SortStableFunc(rows, func(a, b actorRow) int {
		return cmp.Or(cmp.Compare(b.Events, a.Events), cmp.Compare(b.Mentions, a.Mentions),
			cmp.Compare(a.Name, b.Name), cmp.Compare(a.ID, b.ID))
	})
	return rows
}

// splitActors parts rows, sorted by events, into the actors who take part
// in an event and those the articles only name. On a real story the named
// ones ("residents", "lawmakers", a minister quoted once) are most of the
// table and push the actors of the story apart.
func splitActors(rows []actorRow) (acting, named []actorRow) {
	i := slices.IndexFunc(rows, func(r actorRow) bool { return r.Events == 0 })
	if i < 0 {
		return rows, nil
	}
	return rows[:i:i], rows[i:]
}

func cleanList(ss []string) []string {
	var out []string
	for _, s := range ss {
		if s = oneLine(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// linkRow is one link between two events.
type linkRow struct {
	From, To eventRef
	Kind     string // in words: "responds to"
	Cue      string
	Source   string
}

// eventRef names an event in the links table.
type eventRef struct{ ID, Summary, Date string }

// linkRows lists the links in the order of the events document.
func (ix *index) linkRows(links []timeline.Link) []linkRow {
	rows := make([]linkRow, 0, len(links))
	for _, l := range links {
		row := linkRow{
			From: eventRef{ID: l.From}, To: eventRef{ID: l.To},
			Kind: strings.ReplaceAll(oneLine(l.Kind), "_", " "),
			Cue:  oneLine(l.Cue),
		}
		var names []string
		for _, doc := range l.Sources() {
			if d := ix.docs[doc]; d != nil {
				names = append(names, sourceName(d))
			} else {
				names = append(names, oneLine(doc))
			}
		}
		row.Source = strings.Join(names, ", ")
		rows = append(rows, row)
	}
	return rows
}

// describeLinks fills in the summary and date of every event a link names.
func describeLinks(rows []linkRow, events []eventRow) {
	byID := make(map[string]*eventRow, len(events)) // only looked up
	for i := range events {
		byID[events[i].ID] = &events[i]
	}
	describe := func(r *eventRef) {
		ev := byID[r.ID]
		if ev == nil {
			r.Summary = "(event " + oneLine(r.ID) + " not in the report)"
			return
		}
		r.Summary, r.Date = ev.Summary, cmp.Or(ev.Date, "undated")
	}
	for i := range rows {
		describe(&rows[i].From)
		describe(&rows[i].To)
	}
}

// docRow is one document of the documents table.
type docRow struct {
	ID, Outlet, Title, URL, Published, From string
}

// docRows lists the documents, earliest published first.
func (ix *index) docRows(docs []timeline.Document) []docRow {
	sorted := make([]*timeline.Document, len(docs))
	for i := range docs {
		sorted[i] = &docs[i]
	}
	slices.SortStableFunc(sorted, func(a, b *timeline.Document) int {
		if a.Published.IsZero() != b.Published.IsZero() {
			return boolCompare(a.Published.IsZero(), b.Published.IsZero())
		}
		return cmp.Or(a.Published.Compare(b.Published), cmp.Compare(a.ID, b.ID))
	})
	rows := make([]docRow, 0, len(docs))
	for _, d := range sorted {
		row := docRow{ID: oneLine(d.ID), Outlet: outlet(d), Title: cmp.Or(oneLine(d.Title), "untitled"),
			URL: safeURL(d.URL), Published: "unknown", From: oneLine(d.PublishedFrom)}
		if !d.Published.IsZero() {
			row.Published = timeline.FormatDay(d.Published)
		}
		rows = append(rows, row)
	}
	return rows
}
