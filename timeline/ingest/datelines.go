package ingest

import (
	"errors"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/timeline"
)

// wireAgencies are the credits that close a wire dateline.
var wireAgencies = []string{"(Reuters)", "(AP)", "(AFP)", "(Bloomberg)", "(UPI)", "(dpa)", "(CNN)", "(RFE/RL)", "(Xinhua)", "(TASS)", "(IANS)", "(PTI)"}

// dateline reads "WASHINGTON, March 17 (Reuters) -" and "KYIV, Ukraine,
// March 17, 2025 —": a place in capitals, then a date, then a dash or an
// agency credit.
func dateline(line string) (timeline.Date, bool) {
	head := line[:min(len(line), 100)]
	if !capitalsWord(head) {
		d, n := dateOnlyDateline(head)
		return d, n > 0
	}
	end := datelineEnd(head)
	if end < 0 {
		return timeline.Date{}, false
	}
	date := head[:end]
	if i := strings.Index(date, " ("); i > 0 {
		date = date[:i] // a credit no list holds: "(Yonhap)", "(Kyodo)"
	}
	parts := strings.Split(date, ",")
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
var placeDateline = regexp.MustCompile(`^(?:\p{Lu}[\p{Lu}.'\-]+(?:[ /]\p{Lu}[\p{Lu}.'\-]*)*(?:, [A-Z][A-Za-z.']*(?: [A-Z][A-Za-z.']*)*)*(?: \([^()]{1,40}\))?|\([^()]{1,40}\)) (?:—|–|--|-) +[\p{Lu}0-9“"‘']`)

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
// letters, as datelines' place names are set: "SÃO PAULO,", and the
// places a story was filed from together, "NEW YORK/LONDON,".
func capitalsWord(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			n++
		case r == ' ' || r == '.' || r == '-' || r == '\'' || r == '/':
		default:
			return n >= 2 && (r == ',' || r == '(')
		}
	}
	return false
}

// dateOnlyDate matches a dateline that names no place, only the day and
// the credit: "Jan 6 (Reuters) - ", "October 20, 2024 (AFP) — ". Without
// the credit in brackets a date and a dash open prose ("March 3 - the day
// the talks began - was cold").
var dateOnlyDate = regexp.MustCompile(`^(\p{Lu}[a-z]{2,8}\.? \d{1,2}(?:, \d{4})?) \(\p{Lu}[^()]{0,39}\) (?:—|–|--|-) +[\p{Lu}0-9“"‘']`)

// dateOnlyDateline returns the date of the place-less dateline head opens
// with and its length up to the sentence's first letter, or 0.
func dateOnlyDateline(head string) (timeline.Date, int) {
	m := dateOnlyDate.FindStringSubmatchIndex(head)
	if m == nil || monthOf(head[m[2]:strings.IndexByte(head, ' ')]) == 0 {
		return timeline.Date{}, 0
	}
	d, err := ParseDate(head[m[2]:m[3]])
	if err != nil && !errors.Is(err, ErrNoYear) {
		return timeline.Date{}, 0
	}
	_, size := utf8.DecodeLastRuneInString(head[:m[1]])
	return d, m[1] - size
}
