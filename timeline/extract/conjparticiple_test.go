package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/language"
)

// TestParticipleAfterNounDatesItself: "a deal first announced in 2022"
// is the deal's reduced relative; its year dates the announcement, not
// the approval of the main clause, and the regulator announced nothing.
func TestParticipleAfterNounDatesItself(t *testing.T) {
	analyzer, err := language.Default()
	if err != nil {
		t.Fatal(err)
	}
	actors := []who{{text: "Competition and Markets Authority", id: "cma", kind: timeline.Organization}}
	tests := []struct{ text, trigger, day, actors string }{
		{"The Competition and Markets Authority has approved the acquisition, removing the final regulatory hurdle for a deal first announced in 2022.", "approve", "2025-03-17", "agent:cma"},
		{"The Competition and Markets Authority has approved the acquisition, removing the final regulatory hurdle for a deal first announced in 2022.", "announce", "2022-01-01", ""},
		{"The Competition and Markets Authority approved the acquisition in 2022.", "approve", "2022-01-01", "agent:cma"},
	}
	for _, tc := range tests {
		t.Run(tc.trigger+" "+tc.text, func(t *testing.T) {
			doc, tx, am := fixture(t, tc.text, actors, dates)
			r := Document(doc, tx, am, analyzer.Analyze(doc))
			e := eventBy(t, r, tc.trigger)
			if e.When == nil || e.When.Start.String() != tc.day {
				t.Errorf("dated %v, want %s%s", e.When, tc.day, describe(r))
			}
			if got := actorsOf(e); got != tc.actors {
				t.Errorf("actors %q, want %q%s", got, tc.actors, describe(r))
			}
		})
	}
}
