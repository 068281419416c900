package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/language"
)

// TestRelativeHeadIsObject: a relative clause with a subject of its own
// and no object acts on the noun it modifies ("the delays he blamed on
// Hamas" were blamed); a noun of time is the clause's setting.
func TestRelativeHeadIsObject(t *testing.T) {
	analyzer, err := language.Default()
	if err != nil {
		t.Fatal(err)
	}
	actors := []who{{text: "Netanyahu", id: "netanyahu"}, {text: "Hamas", id: "hamas", kind: timeline.Organization}}
	tests := []struct{ text, trigger, want string }{
		{"Netanyahu cited the delays he blamed on Hamas.", "blame", "Netanyahu blamed the delays on Hamas"},
		{"Netanyahu insisted there were snags he blamed on Hamas.", "blame", "Netanyahu blamed snags on Hamas"},
		{"Netanyahu recalled the day he resigned.", "resign", "Netanyahu resigned"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			doc, tx, am := fixture(t, tc.text, actors, dates)
			r := Document(doc, tx, am, analyzer.Analyze(doc))
			if e := eventBy(t, r, tc.trigger); e.Summary != tc.want {
				t.Errorf("summary %q, want %q%s", e.Summary, tc.want, describe(r))
			}
		})
	}
}
