package report

import (
	"cmp"
	"net/url"
	"strconv"
	"strings"
	"unicode"

	"github.com/storyline/storyline/timeline"
)

// precision says how precisely a date is known, in words a reader
// expects: "day", "week", "about 3 days", and where it came from when the
// text does not state it: a time carried from earlier in the story, or the
// publication day of a report in the present tense.
func precision(w *timeline.When) string {
	p := string(timeline.Day)
	switch n := w.Interval().Days(); {
	case w.Granularity != "":
		p = string(w.Granularity)
	case n > 1:
		p = "about " + strconv.Itoa(n) + " days"
	}
	switch w.Basis {
	case "narrative":
		p += ", from the story's time"
	case "publication":
		p += ", the day of the report"
	}
	return p
}

// outlet names the publisher of a document: its source field, else the
// host of its address, else "".
func outlet(d *timeline.Document) string {
	if s := oneLine(d.Source); s != "" {
		if !strings.Contains(s, " ") { // a domain, as news-please gives it
			s = strings.TrimPrefix(s, "www.")
		}
		return s
	}
	if u, err := url.Parse(strings.TrimSpace(d.URL)); err == nil && u.Hostname() != "" {
		return strings.TrimPrefix(u.Hostname(), "www.")
	}
	return ""
}

// sourceName names a document where it is cited: its outlet, else its id,
// which is how it is found in the corpus.
func sourceName(d *timeline.Document) string {
	return cmp.Or(outlet(d), oneLine(d.ID))
}

// safeURL returns u when it is an absolute http or https address, else "":
// a link in the report must never run script or point inside the page's
// own origin by surprise.
func safeURL(u string) string {
	p, err := url.Parse(strings.TrimSpace(u))
	if err != nil || p.Host == "" || (p.Scheme != "http" && p.Scheme != "https") {
		return ""
	}
	return p.String()
}

// oneLine turns s into one line: runs of white space become one space and
// control characters go, so a headline with line breaks or NULs still
// reads as one.
func oneLine(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		case unicode.IsControl(r), r == unicode.ReplacementChar:
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// plural writes "1 event", "2 events".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// verb picks the singular or plural form for a count.
func verb(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// token makes a value safe as one word of a space-separated attribute
// (data-actors), which the script splits on spaces.
func token(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || unicode.IsControl(r) {
			return '_'
		}
		return r
	}, s)
}
