package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/language"
)

// TestPassiveRelativeDoer: a past participle that modifies a noun tells
// what befell the noun; the group named before the noun did not do it.
func TestPassiveRelativeDoer(t *testing.T) {
	analyzer, err := language.Default()
	if err != nil {
		t.Fatal(err)
	}
	actors := []who{
		{text: "families", id: "families", kind: timeline.Group},
		{text: "Norvik", id: "norvik", kind: timeline.Organization},
	}
	tests := []struct{ text, trigger, want string }{
		{"The families of two drivers killed in crashes involving Norvik sedans filed a lawsuit on Monday.", "kill", ""},
		{"The families of two drivers killed in crashes filed a lawsuit on Monday.", "kill", ""},
		{"The families killed two drivers on Monday.", "kill", "agent:families"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			doc, tx, am := fixture(t, tc.text, actors, dates)
			r := Document(doc, tx, am, analyzer.Analyze(doc))
			e := eventBy(t, r, tc.trigger)
			if got := actorsOf(e); got != tc.want {
				t.Errorf("actors %q, want %q%s", got, tc.want, describe(r))
			}
		})
	}
}

// TestTitledSpeakerAfterFuture: a saying put after a report of what will
// happen is told on the publication day, in the past, however the parse
// hangs the report's date: "Parliament will vote on the motion next
// Thursday, speaker Ivo Renner said" was a saying expected next Thursday.
func TestTitledSpeakerAfterFuture(t *testing.T) {
	analyzer, err := language.Default()
	if err != nil {
		t.Fatal(err)
	}
	text := "Parliament will vote on the motion next Thursday, speaker Ivo Renner said."
	doc, tx, am := fixture(t, text, []who{{text: "Ivo Renner", id: "ivo-renner"}}, []when{{text: "next Thursday", start: "2025-03-20"}})
	r := Document(doc, tx, am, analyzer.Analyze(doc))
	e := eventBy(t, r, "say")
	if e.Status != timeline.Occurred || e.When == nil || e.When.Start.String() != "2025-03-17" {
		t.Errorf("saying %s on %v, want occurred on 2025-03-17%s", e.Status, e.When, describe(r))
	}
	if want := "Ivo Renner said parliament will vote on the motion"; e.Summary != want {
		t.Errorf("summary %q, want %q", e.Summary, want)
	}
}
