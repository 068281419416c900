package layout

import (
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/storyline/storyline/timeline"
)

// Tooltip limits keep a hover box readable.
const (
	maxTooltipSources     = 6
	maxSentencesPerSource = 3
	maxMentionChars       = 280
)

// index is what tooltips and links look up by id.
type index struct {
	actors map[string]*timeline.Actor
	docs   map[string]*timeline.Document
}

func newIndex(tl *timeline.Timeline) *index {
	ix := &index{
		actors: make(map[string]*timeline.Actor, len(tl.Actors)),
		docs:   make(map[string]*timeline.Document, len(tl.Documents)),
	}
	for i := range tl.Actors {
		ix.actors[tl.Actors[i].ID] = &tl.Actors[i]
	}
	for i := range tl.Documents {
		ix.docs[tl.Documents[i].ID] = &tl.Documents[i]
	}
	return ix
}

func (ix *index) actorName(id string) string {
	if a := ix.actors[id]; a != nil && a.Name != "" {
		return a.Name
	}
	return id
}

// eventTooltip is the hover text of an event: its summary, date, status,
// actors and the sentence each source tells it with.
func (ix *index) eventTooltip(ev *timeline.Event) string {
	var b strings.Builder
	b.WriteString(oneLine(ev.Summary, "(no summary)"))
	b.WriteString("\nDate: ")
	b.WriteString(whenText(ev.When))
	b.WriteString("\nStatus: ")
	b.WriteString(statusOf(ev))
	if ev.Kind != "" {
		b.WriteString(" · ")
		b.WriteString(cleanText(ev.Kind))
	}
	if len(ev.Actors) > 0 {
		b.WriteString("\nActors: ")
		for i, p := range ev.Actors {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(cleanText(ix.actorName(p.ID)))
			if p.Role != "" {
				b.WriteString(" (" + cleanText(p.Role) + ")")
			}
		}
	}
	if len(ev.Places) > 0 {
		b.WriteString("\nWhere: ")
		for i, p := range ev.Places {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(cleanText(p))
		}
	}
	ix.writeDateClaims(&b, ev.Dates)
	ix.writeSources(&b, ev.Mentions)
	return b.String()
}

// writeDateClaims lists what each source says of the date, when they
// disagree.
func (ix *index) writeDateClaims(b *strings.Builder, claims []timeline.DateClaim) {
	if len(claims) == 0 {
		return
	}
	b.WriteString("\nThe sources disagree on the date:")
	for i, c := range claims {
		if i == maxTooltipSources {
			b.WriteString("\n… and " + strconv.Itoa(len(claims)-i) + " more")
			break
		}
		b.WriteString("\n• " + ix.docName(c.Doc) + ": " + timeline.FormatRange(c.Start, c.End))
		if t := cleanText(c.Text); t != "" {
			b.WriteString(" (“" + cutRunes(t, 80) + "”)")
		}
	}
}

// writeSources lists the articles that tell the event, each once with
// the sentences it tells it in, in the order the mentions come.
func (ix *index) writeSources(b *strings.Builder, ms []timeline.Mention) {
	if len(ms) == 0 {
		return
	}
	var docs []string
	said := map[string][]string{}
	for _, m := range ms {
		if _, ok := said[m.Doc]; !ok {
			docs = append(docs, m.Doc)
			said[m.Doc] = nil
		}
		if s := cleanText(m.Text); s != "" && !slices.Contains(said[m.Doc], s) {
			said[m.Doc] = append(said[m.Doc], s)
		}
	}
	b.WriteString("\nSources (" + plural(len(docs), "article") + "):")
	for i, doc := range docs {
		if i == maxTooltipSources {
			b.WriteString("\n… and " + strconv.Itoa(len(docs)-i) + " more")
			break
		}
		b.WriteString("\n• " + ix.docName(doc))
		for j, s := range said[doc] {
			if j == maxSentencesPerSource {
				b.WriteString("\n   … and " + plural(len(said[doc])-j, "more sentence"))
				break
			}
			b.WriteString("\n   “" + cutRunes(s, maxMentionChars) + "”")
		}
	}
}

// docName names a document by title and publication date.
func (ix *index) docName(id string) string {
	d := ix.docs[id]
	if d == nil {
		return oneLine(id, "unknown source")
	}
	name := oneLine(d.Title, oneLine(d.ID, "untitled"))
	if !d.Published.IsZero() {
		name += " (" + timeline.FormatDay(d.Published) + ")"
	}
	return name
}

// eventURL returns the article that dates ev, else the first source with
// a web address.
func (ix *index) eventURL(ev *timeline.Event) string {
	if ev.When != nil {
		if u := ix.docURL(ev.When.Doc); u != "" {
			return u
		}
	}
	for _, m := range ev.Mentions {
		if u := ix.docURL(m.Doc); u != "" {
			return u
		}
	}
	return ""
}

func (ix *index) docURL(id string) string {
	if d := ix.docs[id]; d != nil {
		return safeURL(d.URL)
	}
	return ""
}

// safeURL returns u when it is an absolute http or https address, else "":
// a link in the picture must never run script.
func safeURL(u string) string {
	u = strings.TrimSpace(u)
	p, err := url.Parse(u)
	if err != nil || p.Host == "" || (p.Scheme != "http" && p.Scheme != "https") {
		return ""
	}
	return p.String()
}

// whenText says when an event happened: the dates, the granularity, the
// words of the text and their TIMEX3 value.
func whenText(w *timeline.When) string {
	if w == nil {
		return "undated"
	}
	s := timeline.FormatRange(w.Start, w.End)
	var extra []string
	if w.Granularity != "" && w.Granularity != timeline.Day {
		extra = append(extra, cleanText(string(w.Granularity)))
	}
	if t := cleanText(w.Text); t != "" {
		v := "“" + cutRunes(t, 80) + "”"
		if val := cleanText(w.Value); val != "" {
			v += " = " + val
		}
		extra = append(extra, v)
	}
	if len(extra) > 0 {
		s += " (" + strings.Join(extra, "; ") + ")"
	}
	return s
}

// statusOf returns the event's status, "occurred" when unset.
func statusOf(ev *timeline.Event) string {
	if s := cleanText(ev.Status); s != "" {
		return s
	}
	return timeline.Occurred
}

func oneLine(s, empty string) string {
	if s = cleanText(s); s != "" {
		return s
	}
	return empty
}

// cutRunes cuts s to at most n runes, marking the cut with an ellipsis.
func cutRunes(s string, n int) string {
	i := 0
	for j := range s {
		if i == n {
			return strings.TrimRight(s[:j], " ") + ellipsis
		}
		i++
	}
	return s
}
