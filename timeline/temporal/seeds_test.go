package temporal

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
)

const seedsPath = "../../../shared/corpus/seeds.jsonl"

type seedArticle struct {
	Filename    string `json:"filename"`
	DatePublish string `json:"date_publish"`
	Maintext    string `json:"maintext"`
}

// loadSeeds reads the seed articles by file-name prefix ("000" …).
func loadSeeds(t testing.TB) map[string]seedArticle {
	t.Helper()
	f, err := os.Open(seedsPath)
	if err != nil {
		t.Skipf("no seed articles: %v", err)
	}
	defer f.Close()
	seeds := map[string]seedArticle{}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var a seedArticle
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatalf("%s: %v", seedsPath, err)
		}
		seeds[a.Filename[:3]] = a
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("%s: %v", seedsPath, err)
	}
	return seeds
}

func (a seedArticle) dct(t testing.TB) timeline.Date {
	t.Helper()
	d, err := timeline.ParseDate(strings.SplitN(a.DatePublish, " ", 2)[0])
	if err != nil {
		t.Fatalf("%s: %v", a.Filename, err)
	}
	return d
}

// TestSeedTable checks the expressions of the seed articles that the
// timeline depends on: the value and the interval of each, against the
// article's publication date.
func TestSeedTable(t *testing.T) {
	seeds := loadSeeds(t)
	cases := []struct {
		doc, text, typ, value string
		start, end            string // the interval must lie inside start..end
		interval              bool   // whether an interval is expected at all
	}{
		{"000", "the end of last week", "DATE", "2025-W11", "2025-03-10", "2025-03-16", true},
		{"000", "Saturday", "DATE", "2025-03-15", "2025-03-15", "2025-03-15", true},
		{"000", "Monday", "DATE", "2025-03-17", "2025-03-17", "2025-03-17", true},
		{"000", "the weekend", "DATE", "2025-W11-WE", "2025-03-15", "2025-03-16", true},
		{"000", "2014", "DATE", "2014", "2014-01-01", "2025-03-17", true},
		{"000", "30-day", "DURATION", "P30D", "", "", false},
		{"003", "final week", "DATE", "2025-W08", "2025-02-17", "2025-02-23", true},
		{"003", "the previous week", "DATE", "2025-W08", "2025-02-17", "2025-02-23", true},
		{"003", "earlier this month", "DATE", "2025-02", "2025-02-01", "2025-02-25", true},
		{"003", "Tuesday", "DATE", "2025-02-25", "2025-02-25", "2025-02-25", true},
		{"004", "Wednesday", "DATE", "2025-02-12", "2025-02-12", "2025-02-12", true},
		{"004", "Thursday", "DATE", "2025-02-13", "2025-02-13", "2025-02-13", true},
		{"001", "this week", "DATE", "2025-W12", "2025-03-17", "2025-03-23", true}, // said on a Sunday of what will happen
		{"001", "Sunday", "DATE", "2025-03-16", "2025-03-16", "2025-03-16", true},
		{"002", "June 28, 2019", "DATE", "2019-06-28", "2019-06-28", "2019-06-28", true},
		{"002", "30-day", "DURATION", "P30D", "", "", false},
	}
	for _, c := range cases {
		t.Run(c.doc+" "+c.text, func(t *testing.T) {
			a, ok := seeds[c.doc]
			if !ok {
				t.Skipf("no seed %s", c.doc)
			}
			var found *timeline.Timex
			for _, x := range Tag(a.Maintext, a.dct(t)) {
				if x.Text == c.text {
					found = &x
					break
				}
			}
			if found == nil {
				t.Fatalf("%q not found", c.text)
			}
			if found.Type != c.typ || found.Value != c.value {
				t.Errorf("%q: %s %s, want %s %s", c.text, found.Type, found.Value, c.typ, c.value)
			}
			if !c.interval {
				if found.Interval != nil {
					t.Errorf("%q: interval %v, want none", c.text, *found.Interval)
				}
				return
			}
			if found.Interval == nil {
				t.Fatalf("%q: no interval", c.text)
			}
			lo, _ := timeline.ParseDate(c.start)
			hi, _ := timeline.ParseDate(c.end)
			if found.Interval.Start.Before(lo) || found.Interval.End.After(hi) {
				t.Errorf("%q: interval %s..%s, want inside %s..%s", c.text, found.Interval.Start, found.Interval.End, c.start, c.end)
			}
		})
	}
}

// TestSeedsWellFormed checks every seed article's output: spans in order,
// never overlapping, text matching, intervals ordered.
func TestSeedsWellFormed(t *testing.T) {
	for name, a := range loadSeeds(t) {
		t.Run(name, func(t *testing.T) {
			checkWellFormed(t, a.Maintext, Tag(a.Maintext, a.dct(t)))
		})
	}
}
