package export

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/layout"
)

// The TimelineJS3 data file, as its documentation describes it: a title
// slide and the event slides.
type tljsFile struct {
	Title  tljsSlide   `json:"title"`
	Events []tljsSlide `json:"events"`
}

type tljsSlide struct {
	StartDate *tljsDate `json:"start_date,omitempty"`
	EndDate   *tljsDate `json:"end_date,omitempty"`
	Text      tljsText  `json:"text"`
	Group     string    `json:"group,omitempty"`
	UniqueID  string    `json:"unique_id"`
	// Autolink is off: the text links its sources itself, and an address
	// quoted in an article should stay text.
	Autolink bool `json:"autolink"`
}

// tljsDate leaves out the parts that are not known: a month is a year and
// a month, a year a year.
type tljsDate struct {
	Year  int `json:"year"`
	Month int `json:"month,omitempty"`
	Day   int `json:"day,omitempty"`
}

// tljsText holds HTML: TimelineJS inserts both fields as markup.
type tljsText struct {
	Headline string `json:"headline"`
	Text     string `json:"text"`
}

// titleID is the title slide's unique_id; event ids start with "e-".
const titleID = "storyline-title"

// Options shape the TimelineJS file; the zero value is the default.
type Options struct {
	// Title heads the title slide; empty, the slide is headed by what
	// it sums up ("55 events from 13 articles").
	Title string
}

// TimelineJS writes tl as a TimelineJS3 JSON data file: a title slide that
// sums up the corpus, then a slide for each dated event, in tl's order.
// See the package documentation for how dates, groups and text are
// written, and for what is left out.
func TimelineJS(w io.Writer, tl *timeline.Timeline, opt Options) error {
	if tl == nil {
		return fmt.Errorf("export: timelinejs: %w", ErrNilTimeline)
	}
	c := newCorpus(tl)
	groups := laneGroups(tl, c)
	f := tljsFile{Events: make([]tljsSlide, 0, len(tl.Events))}
	undated := 0
	for i := range tl.Events {
		ev := &tl.Events[i]
		s, ok := eventSlide(ev, c, groups[ev.ID])
		if !ok {
			undated++
			continue
		}
		f.Events = append(f.Events, s)
	}
	f.Title = titleSlide(tl, c, len(f.Events), undated, opt.Title)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(f); err != nil {
		return fmt.Errorf("export: timelinejs: %w", err)
	}
	return nil
}

// eventSlide returns ev's slide; ok is false when ev has no date.
func eventSlide(ev *timeline.Event, c *corpus, group string) (tljsSlide, bool) {
	first, last, ok := dated(ev)
	if !ok {
		return tljsSlide{}, false
	}
	p := precisionOf(ev.When.Granularity)
	start, end := p.date(first), p.date(last)
	s := tljsSlide{
		StartDate: &start,
		Text:      tljsText{Headline: escape(headline(ev)), Text: eventHTML(ev, c, first, last)},
		Group:     group,
		UniqueID:  ev.ID,
	}
	if end != start {
		s.EndDate = &end
	}
	return s, true
}

func headline(ev *timeline.Event) string {
	if ev.Summary != "" {
		return ev.Summary
	}
	return ev.Kind
}

// precision is how much of a date TimelineJS is given.
type precision uint8

const (
	toDay precision = iota
	toMonth
	toYear
)

// precisionOf maps a granularity to the finest date part it fixes: a week
// is known to the day at both ends, a quarter to the month.
func precisionOf(g timeline.Granularity) precision {
	switch g {
	case timeline.Month, timeline.Quarter, timeline.Season:
		return toMonth
	case timeline.Year, timeline.Decade, timeline.Century:
		return toYear
	}
	return toDay
}

func (p precision) date(d timeline.Date) tljsDate {
	switch p {
	case toYear:
		return tljsDate{Year: d.Year}
	case toMonth:
		return tljsDate{Year: d.Year, Month: int(d.Month)}
	}
	return tljsDate{Year: d.Year, Month: int(d.Month), Day: d.Day}
}

// laneGroups returns each dated event's group: the name of its lane in
// Storyline's own timeline picture, so that both show the same rows.
// When the picture has one lane for all (no event names an actor), no
// event gets a group.
func laneGroups(tl *timeline.Timeline, c *corpus) map[string]string {
	d, err := layout.Layout(tl, layout.Options{})
	if err != nil {
		return nil // only a nil Timeline or a bad window fail, neither here
	}
	groups := make(map[string]string, len(d.Marks))
	for _, m := range d.Marks {
		if m.Lane < 0 || m.Lane >= len(d.Lanes) {
			continue
		}
		switch l := d.Lanes[m.Lane]; {
		case l.Actor != "":
			groups[m.EventID] = c.actorName(l.Actor) // Lane.Name is cut to fit the picture
		case l.Others:
			groups[m.EventID] = "Others"
		}
	}
	return groups
}
