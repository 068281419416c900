package extract

import (
	"strconv"
	"strings"
	"time"

	"github.com/storyline/storyline/timeline"
)

// The trigger lexicon's events take their time from the sentence's words:
// the expression nearest the trigger in its clause, or one that sets the
// scene for the whole sentence.

// timeOf picks the time expression that governs trigger t: the nearest in
// its own clause, else one in a clause of the sentence with no event of its
// own and the same speaker.
func (s *sentence) timeOf(t trig, lv int) *timeline.When {
	si := s.segOf[t.tok]
	g := s.segs[si]
	best, dist := -1, 1<<30
	for j := g.lo; j < g.hi; j++ {
		if d := abs(j - t.tok); s.usableTimex(j) && d < dist && s.nearestTrigger(j, g) == t.tok {
			best, dist = j, d
		}
	}
	if best < 0 && !clauseWords[g.first(s.toks)] {
		for k, h := range s.segs {
			if k == si || h.hasTrig && !s.settingOf(k, si) || h.quoted != g.quoted || h.reportedBy != g.reportedBy {
				continue // "In a phone call on Monday, they agreed": the time is the agreement's too
			}
			for j := h.lo; j < h.hi; j++ {
				if d := abs(j - t.tok); s.usableTimex(j) && d < dist {
					best, dist = j, d
				}
			}
		}
	}
	if best < 0 && (g.first(s.toks) == "where" || g.first(s.toks) == "when") && si > 0 {
		// "announced on Tuesday in Jeddah, where a delegation met …"
		for k := si - 1; k >= 0 && k >= si-2 && best < 0; k-- {
			h := s.segs[k]
			for j := h.hi - 1; j >= h.lo; j-- {
				if t := s.toks[j]; t.kind == tTimex && s.x.timexes[t.ref].Interval != nil {
					best = j // "since 2014, when Moscow seized Crimea"
					if w := s.x.when(t.ref); sinceText(w.Text) || wordAt(s.toks, j-1) == "since" {
						return startOf(w) // the start of "since 2014" is the time
					}
					break
				}
			}
		}
	}
	if best < 0 {
		return nil
	}
	return s.x.when(s.toks[best].ref)
}

// settingOf reports whether segment k opens the sentence with the setting
// of the clause at si: "In a phone call on Monday, they agreed", but not
// "After talks last week, Lavrov said".
func (s *sentence) settingOf(k, si int) bool {
	if k >= si || !settingPreps[s.segs[k].first(s.toks)] {
		return false
	}
	for j := 0; j <= k; j++ {
		if !s.segs[j].empty() && !s.fronted(j) {
			return false
		}
	}
	return true
}

// nearestTrigger returns the token of the trigger in g nearest to token j;
// of two as near, the earlier.
func (s *sentence) nearestTrigger(j int, g segment) int {
	if wordAt(s.toks, j+1) == "'s" {
		for _, t := range s.trigs {
			if t.tok > j && t.tok < g.hi && t.tok <= j+5 {
				return t.tok // "last week's phone call": the time of what it owns
			}
		}
	}
	// A time after a verb and its objects is the verb's ("travel to Ostburg
	// next month to sign"): the nearest trigger on the left first.
	left, right := -1, -1
	for _, t := range s.trigs {
		if t.tok < g.lo || t.tok >= g.hi {
			continue
		}
		if t.tok < j {
			left = t.tok
		} else if right < 0 {
			right = t.tok
		}
	}
	if left >= 0 {
		return left
	}
	return right
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// usableTimex reports whether token j is a dated expression that can
// anchor an event: it denotes days, and is not the far end of a span
// ("since 2014", "until Friday").
func (s *sentence) usableTimex(j int) bool {
	t := s.toks[j]
	if t.kind != tTimex {
		return false
	}
	tx := s.x.timexes[t.ref]
	if tx.Interval == nil || tx.Interval.IsZero() || tx.Type == timeline.TypeDuration || tx.Type == timeline.TypeSet {
		return false
	}
	switch wordAt(s.toks, j-1) {
	case "since", "until", "till", "by", "from":
		return false
	}
	if sinceText(tx.Text) {
		return false // the tagger's "since 2014" holds its "since"
	}
	if j >= 2 && s.toks[j-1].low == "-" {
		if w := wordAt(s.toks, j-2); w == "pre" || w == "post" {
			return false // "pre-2014 borders"
		}
	}
	return true
}

// sinceText reports whether a time expression reads from a point on:
// "since 2014".
func sinceText(text string) bool {
	return len(text) > 6 && strings.EqualFold(text[:6], "since ")
}

// startOf narrows w, a stretch from a point on, to that point: the year,
// month or day its value names.
func startOf(w *timeline.When) *timeline.When {
	n := *w
	n.Start, n.End = w.Start, w.Start
	switch len(w.Value) {
	case 4: // 2014
		n.End, n.Granularity = timeline.NewDate(w.Start.Year, time.December, 31), timeline.Year
	case 7: // 2014-02
		n.End, n.Granularity = timeline.NewDate(w.Start.Year, w.Start.Month+1, 0), timeline.Month
	default:
		n.Granularity = timeline.Day
	}
	return &n
}

// when is the time of expression ref. A range written with two, "between
// 2019 and 2022", "from March 3 to March 5", is the whole range: its
// value stays the first expression's, which anchors it.
func (x *extractor) when(ref int) *timeline.When {
	if ref > 0 {
		if to, ok := x.rangeEnd(ref - 1); ok && to.Start == x.timexes[ref].Start {
			ref-- // the end of a range dates with the range
		}
	}
	tx := x.timexes[ref]
	iv := tx.Interval
	if iv == nil {
		// A duration ("a day after", "in my 39 years") names no point:
		// it dates nothing, whichever rule reached it.
		return &timeline.When{Value: tx.Value, Text: tx.Text, Doc: x.doc.ID, Basis: BasisText}
	}
	w := &timeline.When{Start: iv.Start, End: iv.End, Value: tx.Value, Granularity: iv.Granularity, Text: tx.Text, Doc: x.doc.ID, Basis: BasisText}
	if to, ok := x.rangeEnd(ref); ok && to.Interval.End.After(iv.End) {
		open := x.doc.Text[x.wordStartBefore(tx.Start):tx.Start]
		w.End, w.Text = to.Interval.End, open+x.doc.Text[tx.Start:to.End]
	}
	if day, at := x.bareDayOpening(tx); day > 0 && iv.Granularity == timeline.Day && day < iv.Start.Day {
		// "from 3 to 5 May": the first day borrows the month.
		w.Start, w.Text = timeline.NewDate(iv.Start.Year, iv.Start.Month, day), x.doc.Text[at:tx.End]
	}
	if d, ok := x.dayOfNamedWeek(ref); ok {
		// "on Friday last week": the Friday of that week, which the
		// tagger, reading the two apart, put in this one.
		w.Start, w.End, w.Value = d, d, d.String()
		w.Text = x.doc.Text[tx.Start:x.timexes[ref+1].End]
	}
	return w
}

// dayOfNamedWeek returns the day a bare weekday at ref names when a week
// follows it ("Friday last week", "Monday next week"): that weekday of
// that week.
func (x *extractor) dayOfNamedWeek(ref int) (timeline.Date, bool) {
	tx := x.timexes[ref]
	if ref+1 >= len(x.timexes) || tx.Interval == nil || tx.Interval.Granularity != timeline.Day || !weekday(strings.TrimPrefix(strings.ToLower(tx.Text), "on ")) {
		return timeline.Date{}, false
	}
	wk := x.timexes[ref+1]
	if wk.Interval == nil || wk.Interval.Granularity != timeline.Week || strings.TrimSpace(x.doc.Text[tx.End:wk.Start]) != "" {
		return timeline.Date{}, false
	}
	offset := (int(tx.Interval.Start.Weekday()) + 6) % 7 // Monday first, as ISO weeks run
	d := wk.Interval.Start.AddDays(offset)
	return d, !d.After(wk.Interval.End)
}

// bareDayOpening returns the day number of "from 3 to" written right
// before expression tx, and where "from" starts; 0 when there is none.
func (x *extractor) bareDayOpening(tx timeline.Timex) (int, int) {
	before := x.doc.Text[max(0, tx.Start-16):tx.Start]
	f := strings.Fields(before)
	if len(f) < 3 || !strings.EqualFold(f[len(f)-3], "from") {
		return 0, 0
	}
	switch strings.ToLower(f[len(f)-1]) {
	case "to", "until", "through", "-", "–":
	default:
		return 0, 0
	}
	day, err := strconv.Atoi(f[len(f)-2])
	if err != nil || day < 1 || day > 31 {
		return 0, 0
	}
	return day, tx.Start - len(before) + strings.LastIndex(strings.ToLower(before), "from")
}

// rangeEnd returns the expression that closes a range that expression ref
// opens: "between ref and X", "from ref to X" (or until, through, "–").
func (x *extractor) rangeEnd(ref int) (timeline.Timex, bool) {
	tx := x.timexes[ref]
	if tx.Interval == nil || ref+1 >= len(x.timexes) {
		return timeline.Timex{}, false
	}
	next := x.timexes[ref+1]
	if next.Interval == nil || next.Start < tx.End {
		return timeline.Timex{}, false
	}
	var ob, jb [16]byte
	opener := string(lowerWord(ob[:0], strings.TrimSpace(x.doc.Text[x.wordStartBefore(tx.Start):tx.Start])))
	// What lies between two dates can be paragraphs: lowered whole, it
	// allocated 53 MB of BenchmarkExtract's 821. Only a joint as long as
	// "through" can read as one (no capital but the Kelvin sign lowers
	// to fewer bytes, and it lowers to a k, which none of them has).
	between := strings.TrimSpace(x.doc.Text[tx.End:next.Start])
	if len(between) > len("through") {
		return timeline.Timex{}, false
	}
	joint := string(lowerWord(jb[:0], between))
	switch {
	case opener == "between" && joint == "and",
		opener == "from" && (joint == "to" || joint == "until" || joint == "through" || joint == "-" || joint == "–"):
		return next, true
	}
	return timeline.Timex{}, false
}

// lowerWord appends strings.ToLower(s) to buf: ASCII byte by byte, so
// that a short word lowered into a buffer on the stack allocates nothing
// (the words around every date, and lemmas, lowered for a comparison
// allocated 20 MB of extract's run on bench2000), anything else as
// strings.ToLower does.
func lowerWord(buf []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return append(buf, strings.ToLower(s)...)
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

// opensRange reports whether expression ref opens a range another closes.
func (x *extractor) opensRange(ref int) bool {
	_, ok := x.rangeEnd(ref)
	return ok
}

// wordStartBefore returns where the word before byte at starts (with the
// space after it), or at when there is none.
func (x *extractor) wordStartBefore(at int) int {
	text := x.doc.Text
	k := at
	for k > 0 && text[k-1] == ' ' && at-k < 4 {
		k--
	}
	end := k
	for k > 0 && text[k-1] != ' ' && text[k-1] != '\n' {
		if k--; end-k > 8 {
			return at // a long word, or none: no "between" or "from"
		}
	}
	return k
}
