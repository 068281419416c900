package export

import (
	"cmp"
	"errors"
	"net/url"
	"slices"
	"strings"

	"github.com/storyline/storyline/timeline"
)

// corpus indexes what the rows and slides of the events look up: documents
// and actors by id.
type corpus struct {
	docs   map[string]*timeline.Document
	actors map[string]*timeline.Actor
}

func newCorpus(tl *timeline.Timeline) *corpus {
	c := &corpus{
		docs:   make(map[string]*timeline.Document, len(tl.Documents)),
		actors: make(map[string]*timeline.Actor, len(tl.Actors)),
	}
	for i := range tl.Documents {
		c.docs[tl.Documents[i].ID] = &tl.Documents[i]
	}
	for i := range tl.Actors {
		c.actors[tl.Actors[i].ID] = &tl.Actors[i]
	}
	return c
}

// actorName returns the name of actor id, or the id when the actor is not
// listed.
func (c *corpus) actorName(id string) string {
	if a := c.actors[id]; a != nil && a.Name != "" {
		return a.Name
	}
	return id
}

// actorNames returns the names of the event's actors, each once, in the
// event's order (agent first, as extraction lists them).
func (c *corpus) actorNames(ev *timeline.Event) []string {
	var names []string
	for _, p := range ev.Actors {
		if n := c.actorName(p.ID); n != "" && !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	return names
}

// outlet names where a document comes from: its source, else the host of
// its URL; "" when neither is known.
func outlet(doc *timeline.Document) string {
	if doc.Source != "" {
		return doc.Source
	}
	if u, err := url.Parse(doc.URL); err == nil && u.Hostname() != "" {
		return strings.TrimPrefix(u.Hostname(), "www.")
	}
	return ""
}

// sourceName names a source in a list of sources: its outlet, else its
// title, else its id.
func sourceName(doc *timeline.Document, id string) string {
	if doc == nil {
		return id
	}
	return cmp.Or(outlet(doc), doc.Title, doc.ID, id)
}

// firstLink returns the link of the source that reported ev first, among
// those with an http or https link: the earliest published (an unknown
// date counts as latest), the first mentioned on a tie; "" when none has
// one.
func (c *corpus) firstLink(ev *timeline.Event) string {
	var first *timeline.Document
	link := ""
	for _, m := range ev.Mentions {
		d := c.docs[m.Doc]
		if d == nil {
			continue
		}
		if u := safeURL(d.URL); u != "" && (first == nil || earlier(d.Published, first.Published)) {
			first, link = d, u
		}
	}
	return link
}

// earlier reports whether a is a known date before b, or known when b is
// not.
func earlier(a, b timeline.Date) bool {
	if a.IsZero() {
		return false
	}
	return b.IsZero() || a.Before(b)
}

// sourceCount is the number of distinct documents that tell ev.
func sourceCount(ev *timeline.Event) int {
	seen := make(map[string]bool, len(ev.Mentions))
	for _, m := range ev.Mentions {
		seen[m.Doc] = true
	}
	return len(seen)
}

// safeURL returns u when it is an absolute http or https URL, which a
// reader can follow without running anything; "" otherwise.
func safeURL(u string) string {
	p, err := url.Parse(strings.TrimSpace(u))
	if err != nil || p.Host == "" || (p.Scheme != "http" && p.Scheme != "https") {
		return ""
	}
	return p.String()
}

// dated reports whether ev has a place on a time axis, and its first and
// last day (in order, whichever way the When gives them).
func dated(ev *timeline.Event) (first, last timeline.Date, ok bool) {
	w := ev.When
	if w == nil || w.Start.IsZero() {
		return timeline.Date{}, timeline.Date{}, false
	}
	first, last = w.Start, w.End
	if last.IsZero() {
		last = first
	}
	if last.Before(first) {
		first, last = last, first
	}
	return first, last, true
}

// ErrNilTimeline is returned when there is no Timeline to write.
var ErrNilTimeline = errors.New("nil timeline")
