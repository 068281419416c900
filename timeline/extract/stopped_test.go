package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/language"
)

// TestStoppedGoesOn: what a verb of stopping ends is going on, whatever
// the stop's mood or day ("would halt fighting" is no fighting that would
// happen on the day the truce begins); a wish to fight is still one.
func TestStoppedGoesOn(t *testing.T) {
	analyzer, err := language.Default()
	if err != nil {
		t.Fatal(err)
	}
	actors := []who{{text: "Gaza", id: "gaza", kind: timeline.Place}}
	tests := []struct {
		text, status string
		dated        bool
	}{
		{"The ceasefire, set to begin on Sunday, would halt fighting and bombardment in Gaza's deadliest-ever war.", timeline.Occurred, false},
		{"The ceasefire would halt fighting in Gaza.", timeline.Occurred, false},
		{"The rebels would resume fighting in Gaza on Sunday.", timeline.Hypothetical, true},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			doc, tx, am := fixture(t, tc.text, actors, dates)
			r := Document(doc, tx, am, analyzer.Analyze(doc))
			e := eventBy(t, r, "fight")
			if e.Status != tc.status || (e.When != nil) != tc.dated {
				t.Errorf("%s, dated %v; want %s, dated %v%s", e.Status, e.When, tc.status, tc.dated, describe(r))
			}
		})
	}
}
