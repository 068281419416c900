package export

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/golden"
)

func csvOf(t *testing.T, tl *timeline.Timeline) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := CSV(&buf, tl); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func readCSV(t *testing.T, b []byte) [][]string {
	t.Helper()
	r := csv.NewReader(bytes.NewReader(b))
	r.FieldsPerRecord = len(csvHeader)
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatalf("not RFC 4180: %v", err)
	}
	return rows
}

func TestCSVGolden(t *testing.T) {
	got := csvOf(t, fixture())
	readCSV(t, got)
	golden.Assert(t, "testdata/fixture.csv", got)
}

// TestCSVRows reads the table back: one row per event, in order, each
// cell where the header says.
func TestCSVRows(t *testing.T) {
	rows := readCSV(t, csvOf(t, fixture()))
	if strings.Join(rows[0], ",") != strings.Join(csvHeader, ",") {
		t.Fatalf("header %q", rows[0])
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	tests := []struct {
		row          int
		column, want string
	}{
		{1, "id", "e-day"},
		{1, "start", "2025-03-13"},
		{1, "actors", "Steve Witkoff; Vladimir Putin"},
		{1, "first_source", "https://early.example/moscow"}, // the earliest of three
		{1, "sources", "3"},
		{2, "end", "2025-03-16"},
		{2, "granularity", "week"},
		{2, "date_text", "last week"},
		{2, "first_source", ""}, // the blog has no URL
		{3, "first_source", "https://www.kyivpost.example/riyadh"},
		{4, "first_source", ""}, // the wire's link is a script
		{3, "summary", `'=HYPERLINK("http://evil.example","click")`},
		{4, "places", "Kyiv; @Lviv"}, // only a cell's first character counts
		{6, "actors", "unlisted-actor"},
		{6, "sources", "1"},
		{7, "start", ""}, // undated, still a row
		{7, "status", "denied"},
	}
	for _, tc := range tests {
		if got := rows[tc.row][col[tc.column]]; got != tc.want {
			t.Errorf("row %d %s = %q, want %q", tc.row, tc.column, got, tc.want)
		}
	}
	if !bytes.HasSuffix(csvOf(t, fixture()), []byte("\r\n")) {
		t.Error("lines do not end in CRLF")
	}
}

func TestDefuse(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"plain", "plain"},
		{"=1+1", "'=1+1"},
		{"+44 20", "'+44 20"},
		{"-5% in a week", "'-5% in a week"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\tx", "'\tx"},
		{"\rx", "'\rx"},
		{"a=b", "a=b"},
		{"'quoted", "'quoted"},
	}
	for _, tc := range tests {
		if got := defuse(tc.in); got != tc.want {
			t.Errorf("defuse(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
