package layout

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
)

func TestTruncate(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		maxWidth float64
		want     string
	}{
		{"fits", "Putin meets Witkoff", 200, "Putin meets Witkoff"},
		{"cut after a word", "Ukraine accepts a US proposal for a 30-day ceasefire", 150, "Ukraine accepts a US…"},
		{"cut inside a long word", "Antidisestablishmentarianism", 80, "Antidisestab…"},
		{"no room", "Talks", 5, "…"},
		{"trailing punctuation dropped", "Talks, truce, and more", 55, "Talks…"},
		{"multibyte", "Зеленський зустрівся з Трампом", 90, "Зеленськи…"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := truncate(tc.in, tc.maxWidth, 11)
			if got != tc.want {
				t.Errorf("truncate(%q, %v) = %q, want %q", tc.in, tc.maxWidth, got, tc.want)
			}
			if got != tc.in && textWidth(got, 11) > max(tc.maxWidth, textWidth(ellipsis, 11)) {
				t.Errorf("%q is %.1f px wide, over %v", got, textWidth(got, 11), tc.maxWidth)
			}
		})
	}
}

func TestTextWidth(t *testing.T) {
	tests := []struct {
		a, b string // a is narrower than b
	}{
		{"iiii", "mmmm"},
		{"talks", "TALKS"},
		{"abc", "abcd"},
		{"Putin", "普京普京普"},
	}
	for _, tc := range tests {
		t.Run(tc.a+"<"+tc.b, func(t *testing.T) {
			if textWidth(tc.a, 11) >= textWidth(tc.b, 11) {
				t.Errorf("width(%q) = %v >= width(%q) = %v", tc.a, textWidth(tc.a, 11), tc.b, textWidth(tc.b, 11))
			}
		})
	}
	if w := textWidth("Trump and Putin to speak by phone", 11); w < 190 || w > 215 {
		t.Errorf("a 33-character headline at 11 px estimated %v px wide; DejaVu Sans sets it about 200 px", w)
	}
}

func TestCleanText(t *testing.T) {
	tests := map[string]string{
		"  two\n lines\t here ":   "two lines here",
		"bell\x07 and \xff bytes": "bell and bytes",
		"keep \uFFFD marks":       "keep \uFFFD marks",
		"":                        "",
	}
	for in, want := range tests {
		if got := cleanText(in); got != want {
			t.Errorf("cleanText(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestLabelRows places random boxes and checks that no two boxes of a row
// overlap, that each starts or ends at its leader, that no leader runs
// across the text of a label in a row above its own, and that free room is
// used.
func TestLabelRows(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 1))
	const lo, hi = 0.0, 3000.0
	p := labelRows{max: 4, gap: 5}
	type placed struct {
		row            int
		x0, x1, anchor float64
	}
	var boxes []placed
	for range 2000 {
		anchor := rng.Float64() * hi
		w := 20 + rng.Float64()*150
		row, x := p.place(anchor, w, lo, hi)
		if row < 0 {
			continue
		}
		if x != anchor-leaderPad && x+w != anchor+leaderPad {
			t.Fatalf("box [%v %v] neither starts nor ends at its leader %v", x, x+w, anchor)
		}
		if x < lo || x+w > hi {
			t.Fatalf("box [%v %v] leaves [%v, %v]", x, x+w, lo, hi)
		}
		boxes = append(boxes, placed{row, x, x + w, anchor})
	}
	if len(boxes) < 80 {
		t.Errorf("only %d of 2000 boxes placed", len(boxes))
	}
	for i, b := range boxes {
		for j, c := range boxes {
			switch {
			case i == j:
			case b.row == c.row && b.x0 < c.x1+p.gap-1e-9 && c.x0 < b.x1+p.gap-1e-9:
				t.Fatalf("row %d: [%v %v] and [%v %v] overlap", b.row, b.x0, b.x1, c.x0, c.x1)
			case c.row < b.row && covers(c.x0, c.x1, b.anchor):
				t.Fatalf("the leader at %v of row %d runs across [%v %v] in row %d", b.anchor, b.row, c.x0, c.x1, c.row)
			}
		}
	}
	tests := []struct {
		name   string
		anchor float64
		w      float64
		row    int
		x      float64
	}{
		{"reads right of its mark", 100, 50, 0, 98},
		{"second label at the same day goes under, starting at the leader", 100, 50, 1, 98},
		{"near the right edge it reads left", 390, 50, 0, 342},
		{"a leader under a label is blocked", 120, 50, -1, 0},
		{"a label right of the first row's box goes under it", 160, 30, 0, 158},
	}
	q := labelRows{max: 3, gap: 2}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			row, x := q.place(tc.anchor, tc.w, 0, 400)
			if row != tc.row || (row >= 0 && x != tc.x) {
				t.Errorf("row %d at %v, want row %d at %v", row, x, tc.row, tc.x)
			}
		})
	}
}

func TestCluster(t *testing.T) {
	d := func(s string) int { return dayNum(mustDate(s)) }
	events := []span{
		{first: d("2014-01-01"), last: d("2014-12-31"), events: 1},
		{first: d("2025-02-12"), last: d("2025-02-12"), events: 1},
		{first: d("2025-03-10"), last: d("2025-03-16"), events: 1},
		{first: d("2025-03-18"), last: d("2025-03-18"), events: 1},
	}
	pubs := []int{d("2025-03-17"), d("2020-01-01")}
	got := cluster(events, pubs)
	want := []span{
		{first: d("2014-01-01"), last: d("2014-12-31"), events: 1},
		{first: d("2025-02-12"), last: d("2025-03-18"), events: 3},
	}
	if !slices.Equal(got, want) {
		t.Errorf("cluster = %+v, want %+v (a publication day alone makes no segment)", got, want)
	}
}

func TestScaleIsMonotonic(t *testing.T) {
	d := func(s string) int { return dayNum(mustDate(s)) }
	sc := newScale([]span{
		{first: d("2014-01-01"), last: d("2014-12-31"), events: 1},
		{first: d("2019-06-28"), last: d("2019-06-28"), events: 1},
		{first: d("2025-02-12"), last: d("2025-03-20"), events: 10},
	}, nil, 100, 1100)
	prev := -1.0
	for day := d("2013-12-01"); day < d("2025-04-01"); day += 3 {
		x := sc.DayX(day)
		if x < prev || x < 100 || x > 1100 {
			t.Fatalf("x(%s) = %v after %v", dateOf(day), x, prev)
		}
		prev = x
	}
	if sc.segs[2].x1-sc.segs[2].x0 < 600 {
		t.Errorf("dense segment only %v px wide", sc.segs[2].x1-sc.segs[2].x0)
	}
}

func TestFormatRange(t *testing.T) {
	tests := []struct{ a, b, want string }{
		{"2025-03-11", "2025-03-11", "11 Mar 2025"},
		{"2025-03-10", "2025-03-16", "10–16 Mar 2025"},
		{"2025-02-28", "2025-03-02", "28 Feb – 2 Mar 2025"},
		{"2024-12-30", "2025-01-05", "30 Dec 2024 – 5 Jan 2025"},
		{"2025-04-01", "2025-04-30", "April 2025"},
		{"2014-01-01", "2014-12-31", "2014"},
		{"2010-01-01", "2019-12-31", "2010–2019"},
		{"2025-03-11", "", "11 Mar 2025"},
	}
	for _, tc := range tests {
		t.Run(tc.want, func(t *testing.T) {
			var b timeline.Date
			if tc.b != "" {
				b = mustDate(tc.b)
			}
			if got := timeline.FormatRange(mustDate(tc.a), b); got != tc.want {
				t.Errorf("timeline.FormatRange(%s, %s) = %q, want %q", tc.a, tc.b, got, tc.want)
			}
		})
	}
}

func TestGapText(t *testing.T) {
	tests := map[int]string{1: "1 day", 45: "45 days", 90: "3 months", 400: "13 months", 1640: "4 years", 2050: "6 years"}
	for n, want := range tests {
		if got := gapText(n); got != want {
			t.Errorf("gapText(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestSafeURL(t *testing.T) {
	tests := map[string]string{
		"https://example.com/a?b=1&c=2": "https://example.com/a?b=1&c=2",
		" http://example.com ":          "http://example.com",
		"javascript:alert(1)":           "",
		"JAVASCRIPT:alert(1)":           "",
		"data:text/html,<script>":       "",
		"//example.com/x":               "",
		"/relative/path":                "",
		"":                              "",
		"https://":                      "",
	}
	for in, want := range tests {
		if got := safeURL(in); got != want {
			t.Errorf("safeURL(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestIDs(t *testing.T) {
	used := map[string]int{}
	var got []string
	for _, id := range []string{"e-1", "e-1", "e 1", "e-1-2", "e-1", "Зе"} {
		got = append(got, uniqueID(xmlSafe(id), used))
	}
	want := []string{"e-1", "e-1-2", "e_1", "e-1-2-2", "e-1-3", "____"}
	if !slices.Equal(got, want) {
		t.Errorf("ids %q, want %q", got, want)
	}
	if c := classSafe("Ceasefire_Talks <b>"); c != "ceasefire-talks-b" || strings.ContainsAny(c, "<> ") {
		t.Errorf("classSafe = %q", c)
	}
}

func TestTickAlignment(t *testing.T) {
	tests := []struct {
		day  string
		unit Unit
		want string
	}{
		{"2025-03-13", Weeks, "2025-03-10"},
		{"2025-03-10", Weeks, "2025-03-10"},
		{"2025-03-13", Months, "2025-03-01"},
		{"2025-08-13", Quarters, "2025-07-01"},
		{"2025-08-13", Years, "2025-01-01"},
		{"2027-08-13", FiveYears, "2025-01-01"},
		{"2027-08-13", Decades, "2020-01-01"},
		{"2027-08-13", Centuries, "2000-01-01"},
	}
	for _, tc := range tests {
		t.Run(tc.unit.String()+" "+tc.day, func(t *testing.T) {
			if got := alignDown(mustDate(tc.day), tc.unit).String(); got != tc.want {
				t.Errorf("alignDown(%s, %v) = %s, want %s", tc.day, tc.unit, got, tc.want)
			}
		})
	}
}

func mustDate(s string) timeline.Date {
	d, err := timeline.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func TestMergeSmallestGaps(t *testing.T) {
	spans := []span{{0, 0, 1}, {100, 100, 1}, {110, 110, 1}, {500, 500, 1}, {520, 520, 1}, {2000, 2000, 1}}
	got := mergeSmallestGaps(slices.Clone(spans), 3)
	want := []span{{0, 110, 3}, {500, 520, 2}, {2000, 2000, 1}}
	if !slices.Equal(got, want) {
		t.Errorf("mergeSmallestGaps = %v, want %v", got, want)
	}
	if got := mergeSmallestGaps(slices.Clone(spans), 10); len(got) != len(spans) {
		t.Errorf("merged %v though under the cap", got)
	}
}

func TestTickLabelsDoNotCrowd(t *testing.T) {
	for _, width := range []float64{400, 700, 1200, 3000} {
		for _, span := range []int{3, 20, 90, 400, 3000, 40000} {
			tl := &timeline.Timeline{}
			for i := range 12 {
				d := mustDate("1990-01-01").AddDays(span * i / 11)
				tl.Events = append(tl.Events, timeline.Event{ID: d.String(), When: &timeline.When{Start: d, End: d}})
			}
			d, err := Layout(tl, Options{Width: width})
			if err != nil {
				t.Fatal(err)
			}
			size := max(d.FontSize-1, 6)
			right := map[int]float64{}
			for _, tk := range d.Axis.Ticks {
				w := textWidth(tk.Label, size)
				if r, ok := right[tk.Level]; ok && tk.X-w/2 < r {
					t.Errorf("width %v, span %d days: tick %q at %v overlaps the one before", width, span, tk.Label, tk.X)
				}
				if tk.X+w/2 > d.Width {
					t.Errorf("width %v, span %d days: tick %q leaves the picture", width, span, tk.Label)
				}
				right[tk.Level] = tk.X + w/2
			}
			if len(d.Axis.Ticks) < 2 {
				t.Errorf("width %v, span %d days: %d ticks", width, span, len(d.Axis.Ticks))
			}
		}
	}
}
