package ingest

import (
	"cmp"
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/storyline/storyline/timeline"
)

// article is what a reader finds in its input, before the text is cleaned
// and the publication date settled.
type article struct {
	ID, Path           string
	Title, URL, Source string
	Date               string // publication date as the metadata writes it
	Fetched            string // when a crawler downloaded it (news-please's date_download), or ""
	Text               string
	Input              string // the input's path, for diagnostics; Path when empty
	Line               int    // line of a JSONL record, for diagnostics
}

// build turns an article into a Document: its kept sentences, its title
// and its publication date. Warnings say what could not be settled.
func build(a *article, opt Options) (timeline.Document, []timeline.Diagnostic) {
	doc := timeline.Document{
		ID:     a.ID,
		Path:   a.Path,
		Title:  oneLine(a.Title),
		URL:    strings.TrimSpace(a.URL),
		Source: strings.TrimSpace(a.Source),
		Text:   a.Text,
	}
	var headline string
	doc.Sentences, doc.Dropped, headline = clean(doc.Text)
	if doc.Title == "" {
		doc.Title = cmp.Or(headline, firstHeading(&doc))
	}
	var diags []timeline.Diagnostic
	warn := func(format string, args ...any) {
		diags = append(diags, timeline.Diagnostic{Path: cmp.Or(a.Input, a.Path), Line: a.Line, Warning: true, Message: fmt.Sprintf(format, args...)})
	}
	if len(doc.Sentences) == 0 {
		warn("no article text left once boilerplate is removed (%d lines dropped)", doc.Dropped)
	}
	if a.Date != "" {
		d, err := ParseDate(a.Date)
		if t, ok := settleSlashByText(a.Date, a.Text); ok {
			d = t
		}
		if err == nil {
			doc.Published, doc.PublishedFrom = d, timeline.FromMetadata
			return doc, diags
		}
		reason := "not a date"
		if errors.Is(err, ErrNoYear) {
			reason = "no year"
		}
		warn("publication date %q in the metadata ignored: %s", oneLine(a.Date), reason)
	}
	if !opt.DCT.IsZero() {
		doc.Published, doc.PublishedFrom = opt.DCT, timeline.FromFlag
		return doc, diags
	}
	if d, ok, guessed := inferDate(doc.Text); ok {
		doc.Published, doc.PublishedFrom = d, timeline.FromContent
		if guessed {
			// The latest year an article mentions may be one it looks
			// back to ("the 1987 earthquake"): say so, unless other
			// documents settle it (yearsFromCorpus).
			warn(yearGuessedWarning, d, d.Month, d.Day, d.Year)
		}
		return doc, diags
	}
	if d, ok := dateFromURL(doc.URL); ok {
		// An address's date is the site's own, but read from a
		// pattern: after the text's date lines, before a download.
		doc.Published, doc.PublishedFrom = d, timeline.FromMetadata
		warn(urlDateWarning, d)
		return doc, diags
	}
	if d, err := ParseDate(a.Fetched); err == nil {
		// Last, after the text: a page's own date line is the better
		// evidence, and an archive's crawl may come years later.
		doc.Published, doc.PublishedFrom = d, timeline.FromMetadata
		warn(fetchedWarning, d)
		return doc, diags
	}
	doc.PublishedFrom = timeline.FromNone
	warn(noDateWarning)
	return doc, diags
}

// noDateWarning is the warning for a document read with no publication date.
const noDateWarning = "no publication date; relative dates stay unanchored (give one with --dct YYYY-MM-DD)"

// yearGuessedWarning is the warning for a document whose date line has no
// year and takes the latest year its text mentions.
const yearGuessedWarning = "publication date %s: the text gives %s %d without a year, and %d is the latest year it mentions" + yearGuessedWarningEnd

const yearGuessedWarningEnd = " (give the date with --dct YYYY-MM-DD)"

// firstHeading returns the first kept span when it is a heading: the
// headline of a text that carries no title in its metadata.
func firstHeading(doc *timeline.Document) string {
	for _, s := range doc.Sentences {
		if s.Kind == timeline.Caption {
			continue
		}
		if s.Kind == timeline.Heading {
			return doc.SpanText(s)
		}
		break
	}
	return ""
}

// baseID is a file's name without folder and extension.
func baseID(path string) string {
	if path == StdinName {
		return "stdin"
	}
	base := filepath.Base(path)
	if id := strings.TrimSuffix(base, filepath.Ext(base)); id != "" {
		return id
	}
	return base
}

// oneLine collapses runs of white space, so titles print on one line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
