package resolve

import (
	"slices"
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
	for _, w := range nearTrigger(&r.m.Mention, pastWords) {
		y, ok := yearWord(w)
		if !ok {
			continue
		}
		if y >= pubYear {
			return 0, false
		}
		last = max(last, y)
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

// nearTrigger returns up to n words on either side of m's trigger.
func nearTrigger(m *timeline.Mention, n int) []string {
	t := m.Trigger
	if t == nil {
		return nil
	}
	from, to := t.Start-m.Start, t.End-m.Start
	if from < 0 || to > len(m.Text) || from >= to {
		return nil
	}
	before, after := strings.Fields(m.Text[:from]), strings.Fields(m.Text[to:])
	before = before[max(0, len(before)-n):]
	after = after[:min(n, len(after))]
	return append(slices.Clip(before), after...)
}

// yearWord reads w as a year from 1900 to 2099 written in four digits.
func yearWord(w string) (int, bool) {
	w = strings.Trim(w, ",;:.()\"'“”’")
	if len(w) != 4 || !(strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) {
		return 0, false
	}
	y, err := strconv.Atoi(w)
	return y, err == nil
}

// pastClash reports whether undated r tells a past that c, dated after
// it, cannot be: for the first pass.
func pastClash(r *record, c *cluster) bool {
	if !c.dated {
		return false
	}
	d, ok := pastUntil(r)
	return ok && c.start > d
}
