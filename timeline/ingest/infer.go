package ingest

import (
	"errors"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/storyline/storyline/timeline"
)

// How far into a text InferDate looks for a date line.
const (
	inferLines = 15
	inferBytes = 4 << 10
)

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
	pos := 0
	for n := 0; n < inferLines && pos < len(text) && pos < inferBytes; {
		var line string
		line, pos = nextLine(text, pos)
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		n++
		d, kind := dateLine(line)
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
		return rest, s.kind, true
	}
	return "", 0, false
}

// findDate reads the date at the start of s, dropping what follows it: a
// time, a zone, a "| 10:30 AM", a " - Reuters".
func findDate(s string) (timeline.Date, bool) {
	for _, sep := range []string{" | ", " - ", " – ", " — ", " · ", " • "} {
		if i := strings.Index(s, sep); i > 0 {
			s = s[:i]
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
		if n == 1 && !numericToken(f[0]) {
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

// startsLikeDate reports whether line opens with a digit, a month or a
// weekday: only such lines are worth handing to the date parser.
func startsLikeDate(line string) bool {
	if line[0] >= '0' && line[0] <= '9' {
		return true
	}
	w, _, _ := strings.Cut(line, " ")
	return monthOf(w) != 0 || weekday(w)
}

// wireAgencies are the credits that close a wire dateline.
var wireAgencies = []string{"(Reuters)", "(AP)", "(AFP)", "(Bloomberg)", "(UPI)", "(dpa)", "(CNN)", "(RFE/RL)", "(Xinhua)", "(TASS)", "(IANS)", "(PTI)"}

// dateline reads "WASHINGTON, March 17 (Reuters) -" and "KYIV, Ukraine,
// March 17, 2025 —": a place in capitals, then a date, then a dash or an
// agency credit.
func dateline(line string) (timeline.Date, bool) {
	head := line[:min(len(line), 100)]
	if !capitalsWord(head) {
		return timeline.Date{}, false
	}
	end := datelineEnd(head)
	if end < 0 {
		return timeline.Date{}, false
	}
	parts := strings.Split(head[:end], ",")
	for i := 1; i < len(parts); i++ {
		if i+1 < len(parts) {
			if d, err := ParseDate(parts[i] + "," + parts[i+1]); err == nil {
				return d, true
			}
		}
		d, err := ParseDate(parts[i])
		if err == nil || errors.Is(err, ErrNoYear) {
			return d, true
		}
	}
	return timeline.Date{}, false
}

// datelineLen returns the length of the wire dateline that line opens
// with, its credit and dash included ("WASHINGTON, March 17 (Reuters) - "),
// or 0: it is no part of the first sentence.
func datelineLen(line string) int {
	if _, ok := dateline(line); !ok {
		return placeDatelineLen(line)
	}
	head := line[:min(len(line), 100)]
	i := datelineEnd(head)
	if j := strings.IndexByte(head[i:], ')'); head[i] == '(' && j > 0 {
		i += j + 1 // the credit: "(Continental Newswire)"
	}
	rest := strings.TrimLeft(head[i:], " ")
	for _, d := range []string{"--", "-", "–", "—"} {
		if strings.HasPrefix(rest, d) {
			n := len(head) - len(rest) + len(d)
			return n + len(head[n:]) - len(strings.TrimLeft(head[n:], " "))
		}
	}
	return 0
}

// placeDateline is a dateline without a date, "HALDEN — ", "KYIV,
// Ukraine — ", "NEW YORK (AP) — ", "(NEW YORK) — ", "(Reuters) - ": a
// place in capitals, a region after a comma, a credit (or a place or a
// credit alone in brackets), and a dash before a sentence that opens with a capital
// (a figure or a quote), which tells it from a capitalised word in
// parentheses of dashes ("NATO - the alliance - met").
var placeDateline = regexp.MustCompile(`^(?:[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]*)*(?:, [A-Z][A-Za-z.']*(?: [A-Z][A-Za-z.']*)*)*(?: \([^()]{1,40}\))?|\([^()]{1,40}\)) (?:—|–|--|-) +[A-Z0-9“"‘']`)

// placeDatelineLen is datelineLen of a dateline without a date.
func placeDatelineLen(line string) int {
	head := line[:min(len(line), 100)]
	m := placeDateline.FindStringIndex(head)
	if m == nil {
		return 0
	}
	_, size := utf8.DecodeLastRuneInString(head[:m[1]])
	return m[1] - size // up to the sentence's first letter
}

// datelineEnd finds where a dateline's place and date end: at an agency
// credit or a dash.
func datelineEnd(head string) int {
	end := -1
	for _, a := range wireAgencies {
		if i := strings.Index(head, a); i > 0 && (end < 0 || i < end) {
			end = i
		}
	}
	for _, d := range []string{" - ", " – ", " — ", " -- "} {
		if i := strings.Index(head, d); i > 0 && (end < 0 || i < end) {
			end = i
		}
	}
	return end
}

// capitalsWord reports whether s opens with a word of two or more capital
// letters, as datelines' place names are set.
func capitalsWord(s string) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			n++
		case c == ' ' || c == '.' || c == '-' || c == '\'':
		default:
			return n >= 2 && (c == ',' || c == '(')
		}
	}
	return false
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
