package extract

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/language"
)

// TestTitleHeadline: a title-case headline's bare participle after a
// name is the headline's news, of the publication day (Monday
// 2025-03-17), with the name its patient, unless the body tells it again.
func TestTitleHeadline(t *testing.T) {
	analyzer, err := language.Default()
	if err != nil {
		t.Fatal(err)
	}
	const body = "\nA jury in Ostburg reached its verdict after two days."
	tests := []struct {
		name, text, trigger, summary, status, start string
		actors                                      []who
	}{
		{name: "a bare participle", text: "Holm Convicted on All Charges in Ostburg" + body,
			trigger: "convict", summary: "Gus Holm Convicted on All Charges", status: timeline.Occurred, start: "2025-03-17", actors: cast},
		{name: "the name the finder ran on into the verb", text: "Holm Convicted on All Charges in Ostburg" + body,
			trigger: "convict", summary: "Holm Convicted on All Charges", status: timeline.Occurred, start: "2025-03-17",
			actors: []who{{text: "Holm Convicted", id: "gus-holm", name: "Holm Convicted"}}},
		{name: "what the headline's verb is about takes no day of it", text: "Holm Convicted on All Charges in Ostburg" + body,
			trigger: "charge", summary: "All Charges", status: timeline.Occurred, actors: cast},
		{name: "a present verb", text: "Holm resigns as mayor of Ostburg" + body,
			trigger: "resign", summary: "Gus Holm resigns", status: timeline.Occurred, start: "2025-03-17", actors: cast},
		{name: "news the body tells again is the body's to date", text: "Holm resigns as mayor of Ostburg\nThe mayor of Ostburg, Gus Holm, resigned after two days of protests.",
			trigger: "resign", summary: "Gus Holm resigns", status: timeline.Occurred, actors: cast},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, tx, am := fixture(t, tt.text, tt.actors, dates)
			doc.Sentences[0].Kind = timeline.Heading
			r := Document(doc, tx, am, analyzer.Analyze(doc))
			e := eventWith(r, tt.trigger)
			switch {
			case e == nil:
				t.Fatalf("no %q event%s", tt.trigger, describe(r))
			case !strings.HasPrefix(e.Summary, tt.summary) || strings.Contains(e.Summary, "Convicted Convicted"):
				t.Errorf("summary %q, want %q%s", e.Summary, tt.summary, describe(r))
			case e.Status != tt.status:
				t.Errorf("status %s, want %s%s", e.Status, tt.status, describe(r))
			case tt.start == "" && e.When != nil:
				t.Errorf("dated %v, want undated%s", e.When.Start, describe(r))
			case tt.start != "" && (e.When == nil || e.When.Start.String() != tt.start || e.When.Basis != BasisPublication):
				t.Errorf("when %+v, want %s by publication%s", e.When, tt.start, describe(r))
			}
		})
	}
}

// TestPastBase: the verb a headline's -ed word is the past of.
func TestPastBase(t *testing.T) {
	for form, want := range map[string]string{"Convicted": "convict", "Charged": "charge", "Stopped": "stop", "Buried": "bury", "Ted": "", "convicted": "", "Holm": ""} {
		if got := pastBase(form); got != want {
			t.Errorf("pastBase(%q) = %q, want %q", form, got, want)
		}
	}
}
