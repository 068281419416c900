package extract

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestRangeEnd checks which two dates make a range, and that the text
// between two dates that do not is not lowered (it can be paragraphs).
func TestRangeEnd(t *testing.T) {
	long := ", long after Anna Berg had left the firm and " + strings.Repeat("much later still ", 20) + "and"
	tests := []struct {
		text  string
		isEnd bool
	}{
		{"The talks ran from May 1 to May 3.", true},
		{"The talks ran from May 1 THROUGH May 3.", true},
		{"Carl Dahl was there between May 1 and May 3.", true},
		{"Carl Dahl was there between May 1 and then May 3.", false},
		{"Gus Holm was seen on May 1 and May 3.", false},
		{"Carl Dahl was there between May 1" + long + " May 3.", false},
	}
	for _, tt := range tests {
		doc := &timeline.Document{ID: "d", Text: tt.text}
		first := strings.Index(tt.text, "May 1")
		second := strings.Index(tt.text, "May 3")
		day := &timeline.Interval{Granularity: timeline.Day}
		x := &extractor{doc: doc, timexes: []timeline.Timex{
			{Start: first, End: first + 5, Text: "May 1", Type: "DATE", Interval: day},
			{Start: second, End: second + 5, Text: "May 3", Type: "DATE", Interval: day},
		}}
		if _, ok := x.rangeEnd(0); ok != tt.isEnd {
			t.Errorf("%q: rangeEnd = %v, want %v", tt.text, ok, tt.isEnd)
		}
		if allocs := testing.AllocsPerRun(10, func() { x.rangeEnd(0) }); allocs != 0 {
			t.Errorf("%q: rangeEnd allocates %v times", tt.text, allocs)
		}
	}
}
