package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline/language"
)

// TestMadeLandfall: "made landfall" is one verb, a storm reaching the
// coast, not a making; "made a profit" stays a making.
func TestMadeLandfall(t *testing.T) {
	analyzer, err := language.Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ text, trigger, kind string }{
		{"The hurricane made landfall near the town on Wednesday.", "make landfall", "disaster"},
		{"The company made a profit on Wednesday.", "make", KindOther},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			doc, tx, am := fixture(t, tc.text, nil, dates)
			r := Document(doc, tx, am, analyzer.Analyze(doc))
			if e := eventBy(t, r, tc.trigger); e.Kind != tc.kind {
				t.Errorf("kind %s, want %s%s", e.Kind, tc.kind, describe(r))
			}
		})
	}
}
