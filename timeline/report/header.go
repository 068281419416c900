package report

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/storyline/storyline/timeline"
)

// fact is one line of the header: "Published", "13 Feb – 23 Mar 2025".
type fact struct {
	Label, Value string
	Wide         bool // a list: give it the whole width
}

// warning is something the reader should know before trusting the page.
type warning struct {
	Level string // "error" (inputs not read) or "warning"
	Text  string
	Items []string
	More  []string // the items past the first few, folded away
}

// Past foldAfter items, a warning shows its first shownItems and folds
// the rest: 154 inputs read with one warning filled the first three
// screens of the report of a 2,000-article corpus.
const (
	foldAfter  = 8
	shownItems = 5
)

// folded returns w with its items past the first few moved to More.
func (w warning) folded() warning {
	if len(w.Items) > foldAfter {
		w.Items, w.More = w.Items[:shownItems], w.Items[shownItems:]
	}
	return w
}

// overview returns the header's opening sentence and facts.
func (ix *index) overview(tl *timeline.Timeline, dated int) (string, []fact) {
	outlets, unnamed := ix.outlets(tl.Documents)
	lede := plural(len(tl.Documents), "document")
	if len(outlets) > 0 {
		lede += " from " + plural(len(outlets), "outlet")
	}
	pub := publishedRange(tl.Documents)
	if pub != "" {
		lede += ", published " + pub
	}
	lede += ": " + plural(len(tl.Events), "event") + ", " + plural(len(tl.Actors), "actor") +
		" and " + plural(len(tl.Links), "link") + "."
	facts := []fact{
		{Label: "Documents", Value: strconv.Itoa(len(tl.Documents))},
	}
	if pub != "" {
		facts = append(facts, fact{Label: "Published", Value: pub})
	}
	facts = append(facts, fact{Label: "Events", Value: strconv.Itoa(len(tl.Events)) + " (" + strconv.Itoa(dated) + " dated, " +
		strconv.Itoa(len(tl.Events)-dated) + " undated)"})
	if span := eventSpan(tl.Events); span != "" {
		facts = append(facts, fact{Label: "Events dated", Value: span})
	}
	facts = append(facts, fact{Label: "Actors", Value: strconv.Itoa(len(tl.Actors))},
		fact{Label: "Links", Value: strconv.Itoa(len(tl.Links))},
		fact{Label: "Outlets", Value: outletList(outlets, unnamed), Wide: true})
	return lede, facts
}

// outlets returns the distinct outlets of the documents, sorted, and how
// many documents name none.
func (ix *index) outlets(docs []timeline.Document) (names []string, unnamed int) {
	for i := range docs {
		if o := outlet(&docs[i]); o != "" {
			names = append(names, o)
		} else {
			unnamed++
		}
	}
	slices.Sort(names)
	return slices.Compact(names), unnamed
}

// outletList says which outlets the documents come from.
func outletList(names []string, unnamed int) string {
	list := strings.Join(names, " · ")
	switch {
	case len(names) == 0 && unnamed == 0:
		return "none"
	case unnamed == 0:
		return list
	case len(names) == 0:
		return "none named: the documents give no source or web address"
	}
	return list + " (and " + plural(unnamed, "document") + " naming none)"
}

// publishedRange is the span of the known publication dates, "" when no
// document has one.
func publishedRange(docs []timeline.Document) string {
	var lo, hi timeline.Date
	for _, d := range docs {
		if d.Published.IsZero() {
			continue
		}
		if lo.IsZero() || d.Published.Before(lo) {
			lo = d.Published
		}
		if d.Published.After(hi) {
			hi = d.Published
		}
	}
	if lo.IsZero() {
		return ""
	}
	return timeline.FormatRange(lo, hi)
}

// eventSpan is the span of the dated events, "" when none is dated.
func eventSpan(events []timeline.Event) string {
	var lo, hi timeline.Date
	for _, ev := range events {
		if ev.When == nil {
			continue
		}
		if lo.IsZero() || ev.When.Start.Before(lo) {
			lo = ev.When.Start
		}
		// An instant may come without an end: its start is its last day.
		end := ev.When.End
		if end.Before(ev.When.Start) {
			end = ev.When.Start
		}
		if end.After(hi) {
			hi = end
		}
	}
	if lo.IsZero() {
		return ""
	}
	// An event known only to its year runs from 1 Jan to 31 Dec: written
	// day by day, "1 Jan 2024 – 31 Dec 2024" told the reader of an election
	// night that the story spans the whole year.
	return timeline.FormatRange(lo, hi)
}

// warnings lists the inputs that failed, the warnings of those read, the
// documents without a publication date and the undated events.
func (ix *index) warnings(tl *timeline.Timeline, undated int) []warning {
	var failed, warned []string
	for _, d := range tl.Diagnostics {
		line := oneLine(d.Path)
		if d.Line > 0 {
			line += ":" + strconv.Itoa(d.Line)
		}
		line += ": " + oneLine(d.Message)
		if d.Warning {
			warned = append(warned, line)
		} else {
			failed = append(failed, line)
		}
	}
	var ws []warning
	if len(failed) > 0 {
		ws = append(ws, warning{"error", plural(len(failed), "input") + " could not be read; the report leaves" + verb(len(failed), " it", " them") + " out:", failed, nil})
	}
	if len(warned) > 0 {
		ws = append(ws, warning{"warning", plural(len(warned), "input") + verb(len(warned), " was", " were") + " read with a warning:", warned, nil})
	}
	var noDate []string
	for i := range tl.Documents {
		if d := &tl.Documents[i]; d.Published.IsZero() {
			noDate = append(noDate, sourceName(d)+": "+cmp.Or(oneLine(d.Title), oneLine(d.Path), "untitled"))
		}
	}
	if len(noDate) > 0 {
		ws = append(ws, warning{"warning", plural(len(noDate), "document") + verb(len(noDate), " has", " have") + " no publication date, so" + verb(len(noDate), " its", " their") + " relative dates (“on Monday”, “last week”) are left unresolved:", noDate, nil})
	}
	if undated > 0 {
		ws = append(ws, warning{"warning", plural(undated, "event") + " of " + strconv.Itoa(len(tl.Events)) +
			verb(undated, " has", " have") + " no date in the text; they are listed under Undated events, in the order they were first reported.", nil, nil})
	}
	for i := range ws {
		ws[i] = ws[i].folded()
	}
	return ws
}

// option is one choice of a filter.
type option struct{ Value, Label string }

// filterView holds the choices of the filters that the script shows.
type filterView struct{ Actors, Kinds, Statuses []option }

// filters offers the actors, kinds and statuses that events have.
func (ix *index) filters(events []timeline.Event) filterView {
	var f filterView
	var ids, kinds, statuses []string
	for _, ev := range events {
		for _, p := range ev.Actors {
			ids = append(ids, p.ID)
		}
		kinds = append(kinds, cmp.Or(oneLine(ev.Kind), "other"))
		statuses = append(statuses, cmp.Or(oneLine(ev.Status), timeline.Occurred))
	}
	slices.Sort(ids)
	for _, id := range slices.Compact(ids) {
		f.Actors = append(f.Actors, option{token(id), ix.actorName(id)})
	}
	slices.SortStableFunc(f.Actors, func(a, b option) int { return cmp.Compare(a.Label, b.Label) })
	f.Kinds = sortedOptions(kinds)
	f.Statuses = sortedOptions(statuses)
	return f
}

func sortedOptions(values []string) []option {
	slices.Sort(values)
	var out []option
	for _, v := range slices.Compact(values) {
		out = append(out, option{v, v})
	}
	return out
}
