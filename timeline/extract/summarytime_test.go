package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/actor"
	"github.com/storyline/storyline/timeline/language"
	"github.com/storyline/storyline/timeline/temporal"
)

// TestSummaryLeavesTimeOut: a time the parse took for a second object is
// no name the verb gives its object, and stays out of the summary.
func TestSummaryLeavesTimeOut(t *testing.T) {
	tests := []struct{ text, trigger, summary string }{
		{"The plane, carrying 99 passengers and four crew members, crashed after departing the airport around 4 p.m., the minister said on Twitter.",
			"depart", "The plane departing the airport"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			r := parseTextWith(t, tc.text, []when{{text: "around 4 p.m.", start: "2025-03-12"}})
			e := eventWith(r, tc.trigger)
			if e == nil {
				t.Fatalf("no event %q%s", tc.trigger, describe(r))
			}
			if e.Summary != tc.summary {
				t.Errorf("summary %q, want %q%s", e.Summary, tc.summary, describe(r))
			}
		})
	}
}

// TestSummaryLeavesPossessiveTimeOut checks, with the stages before
// extraction running for real, that a time left out of what was said
// takes its "'s" with it.
func TestSummaryLeavesPossessiveTimeOut(t *testing.T) {
	analyzer, err := language.Default()
	if err != nil {
		t.Fatal(err)
	}
	text := "Prosecutors said last week's inspection records would be examined."
	doc := &timeline.Document{ID: "doc", Text: text, Published: timeline.NewDate(2025, 9, 15), Sentences: splitLines(text)}
	r := Document(doc, temporal.Tag(doc.Text, doc.Published), actor.NewFinder().Find(doc), analyzer.Analyze(doc))
	e := eventWith(r, "say")
	if want := "Prosecutors said inspection records would be examined"; e == nil || e.Summary != want {
		t.Errorf("saying %v, want the summary %q%s", e, want, describe(r))
	}
}
