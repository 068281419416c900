package export

import (
	"fmt"
	"html"
	"slices"
	"strconv"
	"strings"

	"github.com/storyline/storyline/timeline"
)

// maxQuotes is the most source sentences a slide quotes; the rest are
// counted. A slide is read on a screen, and an event told fifty times
// would push its own headline out of view.
const maxQuotes = 8

// maxOutlets is the most outlets the title slide names.
const maxOutlets = 12

// escape makes article text safe to insert as HTML, quotes included, so
// that it can also stand inside an attribute.
func escape(s string) string { return html.EscapeString(s) }

// eventHTML is a slide's text: a line on the date, status, kind and
// places, then the sources with their quoted sentences.
func eventHTML(ev *timeline.Event, c *corpus, first, last timeline.Date) string {
	var b strings.Builder
	b.WriteString("<p>")
	b.WriteString(escape(facts(ev, first, last)))
	b.WriteString("</p>")
	if len(ev.Mentions) == 0 {
		return b.String()
	}
	b.WriteString("<ul>")
	for i, m := range ev.Mentions {
		if i == maxQuotes {
			fmt.Fprintf(&b, "<li>and %d more</li>", len(ev.Mentions)-maxQuotes)
			break
		}
		b.WriteString("<li>")
		writeSource(&b, c.docs[m.Doc], m.Doc)
		b.WriteString(": \u201c")
		b.WriteString(escape(m.Text))
		b.WriteString("\u201d</li>")
	}
	b.WriteString("</ul>")
	return b.String()
}

// facts is the line under a slide's headline: "2025-03-10 to 2025-03-16
// (week, “last week”) · expected · meeting · Riyadh".
func facts(ev *timeline.Event, first, last timeline.Date) string {
	w := ev.When
	date := first.String()
	if last != first {
		date += " to " + last.String()
	}
	var detail []string
	if w.Granularity != "" && w.Granularity != timeline.Day {
		detail = append(detail, string(w.Granularity))
	}
	if w.Text != "" {
		detail = append(detail, "\u201c"+w.Text+"\u201d")
	}
	if len(detail) > 0 {
		date += " (" + strings.Join(detail, ", ") + ")"
	}
	parts := []string{date}
	if ev.Status != "" && ev.Status != timeline.Occurred {
		parts = append(parts, ev.Status)
	}
	if ev.Kind != "" {
		parts = append(parts, ev.Kind)
	}
	parts = append(parts, ev.Places...)
	return strings.Join(parts, " \u00b7 ")
}

// writeSource writes a source as its outlet, linked when it has a safe
// URL, and its publication date.
func writeSource(b *strings.Builder, doc *timeline.Document, id string) {
	name := sourceName(doc, id)
	if u := safeURL(docURL(doc)); u != "" {
		b.WriteString(`<a href="`)
		b.WriteString(escape(u))
		b.WriteString(`" target="_blank" rel="noopener noreferrer">`)
		b.WriteString(escape(name))
		b.WriteString("</a>")
	} else {
		b.WriteString(escape(name))
	}
	if doc != nil && !doc.Published.IsZero() {
		b.WriteString(", ")
		b.WriteString(doc.Published.String())
	}
}

func docURL(doc *timeline.Document) string {
	if doc == nil {
		return ""
	}
	return doc.URL
}

// titleSlide sums up the corpus: how many events from how many articles,
// which outlets, over which days of publication, and what is left out;
// under title, when there is one.
func titleSlide(tl *timeline.Timeline, c *corpus, shown, undated int, title string) tljsSlide {
	head := plural(shown, "event") + " from " + plural(len(tl.Documents), "article")
	var b strings.Builder
	if title != "" {
		b.WriteString("<p>" + escape(head) + ".</p>")
		head = title
	}
	if line := corpusLine(tl); line != "" {
		b.WriteString("<p>" + escape(line) + ".</p>")
	}
	if undated > 0 {
		verb := " are"
		if undated == 1 {
			verb = " is"
		}
		b.WriteString("<p>" + plural(undated, "event") + " without a date" + verb + " not shown.</p>")
	}
	b.WriteString("<p>A vague date (a week, a month, a quarter) is shown by the ends of its range.</p>")
	return tljsSlide{Text: tljsText{Headline: escape(head), Text: b.String()}, UniqueID: titleID}
}

// corpusLine says where the articles come from and when they were
// published: "From a, b and c, published 2025-03-14 to 2025-03-17".
func corpusLine(tl *timeline.Timeline) string {
	var parts []string
	if outlets := outletNames(tl); len(outlets) > 0 {
		parts = append(parts, "From "+listNames(outlets))
	}
	if from, to := publishedRange(tl); !from.IsZero() {
		p := "published " + from.String()
		if to != from {
			p += " to " + to.String()
		}
		parts = append(parts, p)
	}
	line := strings.Join(parts, ", ")
	if line != "" {
		line = strings.ToUpper(line[:1]) + line[1:]
	}
	return line
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// outletNames returns the distinct outlets of the documents, sorted.
func outletNames(tl *timeline.Timeline) []string {
	var names []string
	for i := range tl.Documents {
		if n := outlet(&tl.Documents[i]); n != "" {
			names = append(names, n)
		}
	}
	slices.Sort(names)
	return slices.Compact(names)
}

// listNames joins names into "a, b and c", naming at most maxOutlets.
func listNames(names []string) string {
	if len(names) > maxOutlets {
		rest := len(names) - maxOutlets
		return strings.Join(names[:maxOutlets], ", ") + " and " + plural(rest, "other")
	}
	if len(names) == 1 {
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// publishedRange returns the first and last known publication dates.
func publishedRange(tl *timeline.Timeline) (from, to timeline.Date) {
	for _, d := range tl.Documents {
		p := d.Published
		if p.IsZero() {
			continue
		}
		if from.IsZero() || p.Before(from) {
			from = p
		}
		if to.IsZero() || p.After(to) {
			to = p
		}
	}
	return from, to
}
