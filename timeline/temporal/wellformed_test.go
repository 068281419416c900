package temporal

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// checkWellFormed asserts what every output must satisfy: spans inside the
// text, in order and never overlapping, Text equal to the span, a known
// type, a value, and intervals whose start is not after their end.
func checkWellFormed(t testing.TB, text string, got []timeline.Timex) {
	t.Helper()
	prevEnd := 0
	for i, x := range got {
		if x.Start < prevEnd || x.End <= x.Start || x.End > len(text) {
			t.Fatalf("timex %d %q: span [%d,%d) out of order or bounds (previous end %d, text %d bytes)", i, x.Text, x.Start, x.End, prevEnd, len(text))
		}
		if text[x.Start:x.End] != x.Text {
			t.Fatalf("timex %d: Text %q != text[%d:%d] %q", i, x.Text, x.Start, x.End, text[x.Start:x.End])
		}
		switch x.Type {
		case timeline.TypeDate, timeline.TypeTime, timeline.TypeDuration, timeline.TypeSet:
		default:
			t.Fatalf("timex %d %q: type %q", i, x.Text, x.Type)
		}
		if x.Value == "" {
			t.Fatalf("timex %d %q: empty value", i, x.Text)
		}
		if iv := x.Interval; iv != nil && iv.End.Before(iv.Start) {
			t.Fatalf("timex %d %q: interval %s..%s ends before it starts", i, x.Text, iv.Start, iv.End)
		}
		prevEnd = x.End
	}
}
