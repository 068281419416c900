package ingest

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/storyline/storyline/timeline"
)

// yearsFromCorpus dates the documents whose only date is a stamp without
// a year ("MOSCOW, March 14 (Wire) -"): the articles of one story are
// published within weeks of each other, so the stamp takes the year that
// puts it nearest the middle of the other documents' publication dates.
// That overrides the year InferDate took from the text itself, which may
// be a year the article looks back to ("the 1987 earthquake"). Each such
// document gets a warning that says where its year came from.
func yearsFromCorpus(docs []timeline.Document, diags []timeline.Diagnostic) []timeline.Diagnostic {
	stamps := make([]timeline.Date, len(docs))
	var known []timeline.Date
	for i := range docs {
		switch docs[i].PublishedFrom {
		case timeline.FromNone, timeline.FromContent:
			if stamp, ok := yearlessStamp(docs[i].Text); ok {
				stamps[i] = stamp
				continue
			}
		}
		if docs[i].PublishedFrom != timeline.FromNone {
			known = append(known, docs[i].Published)
		}
	}
	if len(known) == 0 {
		return diags
	}
	slices.SortFunc(known, timeline.Date.Compare)
	middle := known[len(known)/2]
	for i := range docs {
		doc := &docs[i]
		if stamps[i].IsZero() {
			continue
		}
		d := nearestYear(stamps[i], middle)
		message := fmt.Sprintf("publication date %s: the text gives %s %d without a year, taken from the other documents' dates",
			d, stamps[i].Month, stamps[i].Day)
		if !replaceDateWarning(diags, doc.Path, message) {
			if doc.PublishedFrom != timeline.FromNone && d == doc.Published {
				continue // the date line's own year, or one it agrees with
			}
			path, line := doc.Path, 0
			if file, n, ok := strings.Cut(path, "#"); ok {
				if k, err := strconv.Atoi(n); err == nil {
					path, line = file, k
				}
			}
			diags = append(diags, timeline.Diagnostic{Path: path, Line: line, Warning: true, Message: message})
		}
		doc.Published, doc.PublishedFrom = d, timeline.FromContent
	}
	return diags
}

// yearlessStamp returns the month and day of the first date stamp in the
// head of text that has no year.
func yearlessStamp(text string) (timeline.Date, bool) {
	pos := 0
	for n := 0; n < inferLines && pos < len(text) && pos < inferBytes; {
		var line string
		line, pos = nextLine(text, pos)
		if line = strings.TrimSpace(line); line == "" {
			continue
		}
		n++
		if d, kind := dateLine(line); kind != 0 && d.Year == 0 {
			return d, true
		}
	}
	return timeline.Date{}, false
}

// nearestYear gives stamp's month and day the year that puts it nearest to
// middle.
func nearestYear(stamp, middle timeline.Date) timeline.Date {
	best := timeline.Date{}
	bestGap := 0
	for year := middle.Year - 1; year <= middle.Year+1; year++ {
		d := timeline.NewDate(year, stamp.Month, stamp.Day)
		gap := max(d.DaysUntil(middle), middle.DaysUntil(d))
		if best.IsZero() || gap < bestGap {
			best, bestGap = d, gap
		}
	}
	return best
}

// replaceDateWarning replaces the warning about the publication date of
// the document at path (a file, or "file#line" for a record), that it has
// none or that its year is a guess, with message, and reports whether
// there was one.
func replaceDateWarning(diags []timeline.Diagnostic, path, message string) bool {
	for i, d := range diags {
		if !d.Warning || d.Path != path && d.Path+"#"+strconv.Itoa(d.Line) != path {
			continue
		}
		if d.Message == noDateWarning || strings.HasSuffix(d.Message, yearGuessedWarningEnd) {
			diags[i].Message = message
			return true
		}
	}
	return false
}
