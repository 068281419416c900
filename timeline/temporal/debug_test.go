package temporal

import (
	"os"
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestDebugText tags $TIMEX_TEXT against $TIMEX_DCT and logs the result.
func TestDebugText(t *testing.T) {
	text := os.Getenv("TIMEX_TEXT")
	if text == "" {
		t.Skip("set TIMEX_TEXT (and TIMEX_DCT) to tag a text")
	}
	dct, _ := timeline.ParseDate(os.Getenv("TIMEX_DCT"))
	for _, x := range Tag(text, dct) {
		t.Logf("%q %s %s mod=%s iv=%v", x.Text, x.Type, x.Value, x.Mod, x.Interval)
	}
}
