package ingest

import (
	"errors"
	"strings"

	"github.com/storyline/storyline/timeline"
)

// How far into a text InferDate looks for a date line.
const (
	inferLines = 15
	inferBytes = 4 << 10
)

// proseLines is how many paragraphs of prose end the head InferDate reads:
// past them the article has begun, and a date below is a teaser's or a
// related story's ("More on this story … Published 15 January 2025").
const proseLines = 3

// Kinds of date line, best evidence of the publication date first.
const (
	stampPublished = iota + 1 // "Published March 17, 2025"
	stampBare                 // a line that is only a date: "Feb 14, 2025"
	stampDateline             // "WASHINGTON, March 17 (Reuters) -"
	stampUpdated              // "Updated: March 18, 2025 10:02 GMT"
)

// InferDate finds the publication date in the head of an article's text:
// a "Published …" or "Updated …" line, a line holding only a date, or a
// wire dateline ("WASHINGTON, March 17 (Reuters) -"). A date written
// without a year takes the latest year the text mentions.
func InferDate(text string) (timeline.Date, bool) {
	d, ok, _ := inferDate(text)
	return d, ok
}

// inferDate is InferDate, also reporting whether the year was the text's
// latest rather than the date line's own.
func inferDate(text string) (best timeline.Date, found, yearGuessed bool) {
	bestKind := 0
	year := -1 // the text's latest year, found when first needed
	pos, prose := 0, 0
	for n := 0; n < inferLines && prose < proseLines && pos < len(text) && pos < inferBytes; {
		var line string
		line, pos = nextLine(text, pos)
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if wordCount(line) > 3 {
			// A menu's items, copied with the page, do not use up the
			// lines a date is looked for in; inferBytes still bounds them.
			n++
		}
		d, kind := dateLine(line)
		if kind == 0 && wordCount(line) >= 12 && endsSentence(line) {
			prose++
		}
		if kind == 0 || (bestKind != 0 && kind >= bestKind) {
			continue
		}
		if d.Year == 0 {
			if year < 0 {
				year = latestYear(text)
			}
			if year == 0 {
				continue
			}
			d = timeline.NewDate(year, d.Month, d.Day)
			yearGuessed = true
		} else {
			yearGuessed = false
		}
		best, bestKind = d, kind
	}
	return best, bestKind != 0, yearGuessed
}

// dateLine reports the date a line states about the article and what kind
// of line it is; kind 0 means none. The date may lack its year.
func dateLine(line string) (timeline.Date, int) {
	if rest, kind, ok := cutStampWord(line); ok {
		if d, ok := findDate(rest); ok {
			return d, kind
		}
		return timeline.Date{}, 0
	}
	if d, ok := bareDate(line); ok {
		return d, stampBare
	}
	if d, ok := gluedStamp(line); ok {
		return d, stampBare
	}
	if d, ok := dateline(line); ok {
		return d, stampDateline
	}
	return timeline.Date{}, 0
}

// stampWords open a line that dates the article, longest first.
var stampWords = []struct {
	word string
	kind int
}{
	{"first published", stampPublished},
	{"originally published", stampPublished},
	{"last updated", stampUpdated},
	{"last modified", stampUpdated},
	{"published", stampPublished},
	{"posted", stampPublished},
	{"issued", stampPublished}, // "Issued on: 05/11/2026 - 14:22"
	{"first uploaded", stampPublished},
	{"uploaded", stampPublished},
	{"updated", stampUpdated},
	{"modified", stampUpdated},
	{"date", stampPublished},
}

// cutStampWord strips "Published on", "Updated:" and the like.
func cutStampWord(line string) (string, int, bool) {
	if len(line) > 120 {
		return "", 0, false
	}
	for _, s := range stampWords {
		if !hasPrefixFoldString(line, s.word) {
			continue
		}
		rest := strings.TrimLeft(line[len(s.word):], " :\t-–—")
		if len(rest) == len(line)-len(s.word) && rest != "" {
			return "", 0, false // "Dated", "Postedx": the word runs on
		}
		for _, p := range []string{"on ", "at ", "in "} {
			if hasPrefixFoldString(rest, p) {
				rest = rest[len(p):]
			}
		}
		if hasPrefixFoldString(rest, "on:") {
			rest = strings.TrimLeft(rest[len("on:"):], " ") // "Issued on: 05/11/2026"
		}
		return rest, s.kind, true
	}
	return "", 0, false
}

// findDate reads the date at the start of s, dropping what follows it: a
// time, a zone, a "| 10:30 AM", a " - Reuters".
func findDate(s string) (timeline.Date, bool) {
	for _, sep := range []string{" | ", " - ", " – ", " — ", " · ", " • ", " Updated", " Modified", " Last updated"} {
		if i := strings.Index(s, sep); i > 0 {
			s = s[:i] // "Published 5:14 p.m. ET Feb. 9, 2026 Updated 8:02 a.m. ET Feb. 10, 2026"
		}
	}
	f := strings.Fields(s)
	for len(f) > 0 && timeToken(f[0]) {
		f = f[1:] // "10:02 GMT, 18 March 2025"
	}
	if len(f) > 8 {
		f = f[:8]
	}
	for n := len(f); n >= 1; n-- {
		if n == 1 && !numericToken(f[0]) && !isoStamp(f[0]) {
			break // one word is a date only when written in figures: "2025-03-17", "17/03/2025"
		}
		d, err := ParseDate(strings.Join(f[:n], " "))
		if err == nil || errors.Is(err, ErrNoYear) {
			return d, true
		}
	}
	return timeline.Date{}, false
}

// numericToken reports whether w is a date in figures: digits with "-",
// "/" or "." between them.
func numericToken(w string) bool {
	return strings.ContainsAny(w, "-/.") && strings.Trim(w, "0123456789-/.") == "" && strings.IndexAny(w, "0123456789") == 0
}

// isoStamp reports an ISO 8601 date and time in one word:
// "2026-11-05T14:22:00+09:00".
func isoStamp(w string) bool {
	return len(w) >= 16 && len(w) <= 32 && allDigits(w[:4]) && w[4] == '-' && (w[10] == 'T' || w[10] == 't')
}

// startsLikeDate reports whether line opens with a digit, a month or a
// weekday: only such lines are worth handing to the date parser.
func startsLikeDate(line string) bool {
	if line[0] >= '0' && line[0] <= '9' {
		return true
	}
	w, _, _ := strings.Cut(line, " ")
	return monthOf(w) != 0 || weekday(w)
}

// latestYear returns the latest year from 1900 to 2099 written in text as
// a four-digit number, or 0.
func latestYear(text string) int {
	best := 0
	for i := 0; i+4 <= len(text); i++ {
		c := text[i]
		if c != '1' && c != '2' || i > 0 && isAlnumByte(text[i-1]) {
			continue
		}
		if !allDigits(text[i:i+4]) || i+4 < len(text) && isAlnumByte(text[i+4]) {
			continue
		}
		if y := atoi(text[i : i+4]); y >= 1900 && y <= 2099 && y > best {
			best = y
		}
	}
	return best
}

func isAlnumByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}
