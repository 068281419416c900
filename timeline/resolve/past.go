package resolve

import (
	"strconv"
	"strings"

	"github.com/storyline/storyline/timeline"
)

// An undated telling whose sentence names only years before the one it
// was published in tells the past ("Hamas triggered the war with its
// Oct. 7, 2023, attack that killed some 1,200 people", published in
// 2025, the extractor leaving the killing undated): it may not join an
// event dated after those years, as the news of its publication week
// would.

// pastUntil returns the last day of the latest year r's sentence names
// near its trigger, when r is undated and every year named there is
// before the year of its publication.
func pastUntil(r *record) (int32, bool) {
	if r.dated || !r.hasPub {
		return 0, false
	}
	pubYear := dateOfDay(r.published).Year
	last := 0
	later := false
	eachNearTrigger(&r.m.Mention, pastWords, func(w string) bool {
		y, ok := yearWord(w)
		if ok && y >= pubYear {
			later = true
			return false
		}
		if ok {
			last = max(last, y)
		}
		return true
	})
	if later {
		return 0, false
	}
	if last == 0 {
		return 0, false
	}
	return dayNumber(timeline.Date{Year: last, Month: 12, Day: 31}), true
}

// pastWords is how many words before or after its trigger a year may
// stand to date a telling: "Oct. 7, 2023, in which 1,200 Israelis were
// killed", but not "fled just after the takeover in 1948, made no secret
// of her joy at her homeland's joining".
const pastWords = 8

// eachNearTrigger calls f with each of up to n words on either side of
// m's trigger, nearest first on each side, until f returns false. It
// reads no further than those words and allocates nothing: every pair of
// the first pass asks it.
func eachNearTrigger(m *timeline.Mention, n int, f func(string) bool) {
	t := m.Trigger
	if t == nil {
		return
	}
	from, to := t.Start-m.Start, t.End-m.Start
	if from < 0 || to > len(m.Text) || from >= to {
		return
	}
	text := m.Text
	for i, k := from, 0; k < n; k++ { // before the trigger, right to left
		for i > 0 && isSpace(text[i-1]) {
			i--
		}
		j := i
		for i > 0 && !isSpace(text[i-1]) {
			i--
		}
		if i == j || !f(text[i:j]) {
			break
		}
	}
	for i, k := to, 0; k < n; k++ { // after it, left to right
		for i < len(text) && isSpace(text[i]) {
			i++
		}
		j := i
		for j < len(text) && !isSpace(text[j]) {
			j++
		}
		if i == j || !f(text[i:j]) {
			break
		}
		i = j
	}
}

func isSpace(b byte) bool { return b == ' ' || b == '\n' || b == '\t' || b == '\r' }

// yearWord reads w as a year from 1900 to 2099 written in four digits.
func yearWord(w string) (int, bool) {
	if len(w) < 4 || !hasDigit(w) {
		return 0, false // most words: nothing to trim a year out of
	}
	w = strings.Trim(w, ",;:.()\"'“”’")
	if len(w) != 4 || !(strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) {
		return 0, false
	}
	y, err := strconv.Atoi(w)
	return y, err == nil
}

// pastClash reports whether undated p tells a past that c, dated after
// it, cannot be: for the first pass.
func (p *placing) pastClash(c *cluster) bool {
	if !c.dated {
		return false
	}
	p.readFacts()
	return p.isPast && c.start > p.pastUntil
}
