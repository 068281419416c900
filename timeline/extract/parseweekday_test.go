package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline/language"
)

// bareDays are weekdays written without "on", as news writes them after
// a verb, resolved (as the tagger does by the past verb) before the
// publication day, Monday 2025-03-17.
var bareDays = []when{{text: "Wednesday", start: "2025-03-12"}}

// TestWeekdayOfGovernor: a bare weekday after an infinitive is the past
// governing verb's day when its subject does the infinitive; a deed still
// to come there has no day yet. After a verb that looks ahead, or one
// whose object does the infinitive, the day is the infinitive's.
func TestWeekdayOfGovernor(t *testing.T) {
	const voted = "Workers at the plant voted to strike Wednesday, rejecting the offer."
	runDatingCases(t, []datingCase{
		{name: "the vote is on the day", text: voted, trigger: "vote", start: "2025-03-12"},
		{name: "the strike voted for has no day yet", text: voted, trigger: "strike"},
		{name: "a refusal is on the day", text: "Lena Ortiz declined to comment Wednesday.", trigger: "decline", start: "2025-03-12"},
		{name: "a meeting agreed is ahead", text: "The two sides agreed to meet Wednesday.", trigger: "meet", start: "2025-03-19"},
		{name: "a plan is ahead", text: "The team planned to leave the city Wednesday.", trigger: "leave", start: "2025-03-19"},
	}, bareDays)
}

// TestWeekdayObject: a bare weekday is never what a verb acts on, so
// "to strike Wednesday" is a work stoppage, not an attack on something.
func TestWeekdayObject(t *testing.T) {
	analyzer, err := language.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ text, trigger, kind string }{
		{"Workers at the plant voted to strike Wednesday, rejecting the offer.", "strike", "protest"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			doc, tx, am := fixture(t, tc.text, cast, bareDays)
			r := Document(doc, tx, am, analyzer.Analyze(doc))
			for _, e := range r.Events {
				if e.Trigger == tc.trigger && e.Kind != tc.kind {
					t.Errorf("%q is a %s, want %s%s", e.Summary, e.Kind, tc.kind, describe(r))
				}
			}
			if eventWith(r, tc.trigger) == nil {
				t.Fatalf("no event with trigger %q%s", tc.trigger, describe(r))
			}
		})
	}
}
