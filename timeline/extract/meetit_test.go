package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/language"
)

// TestMeetingItIsNone: "meet it" faces a thing ("stayed to meet it", the
// storm); no one is met, so it is no meeting, while meeting someone is.
func TestMeetingItIsNone(t *testing.T) {
	analyzer, err := language.Default()
	if err != nil {
		t.Fatal(err)
	}
	actors := []who{{text: "residents", id: "residents", kind: timeline.Group}, {text: "Israel", id: "israel", kind: timeline.Country}}
	tests := []struct{ text, kind string }{
		{"Some residents stayed to meet it.", KindOther},
		{"The residents met Israel on Monday.", KindMeeting},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			doc, tx, am := fixture(t, tc.text, actors, dates)
			r := Document(doc, tx, am, analyzer.Analyze(doc))
			if e := eventBy(t, r, "meet"); e.Kind != tc.kind {
				t.Errorf("kind %s, want %s%s", e.Kind, tc.kind, describe(r))
			}
		})
	}
}
