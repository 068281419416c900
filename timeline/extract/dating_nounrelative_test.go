package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/actor"
	"github.com/storyline/storyline/timeline/language"
	"github.com/storyline/storyline/timeline/temporal"
)

// TestNounRelativeDates checks, with the stages before extraction running
// for real, that a past relative clause on an event noun dated by its own
// time takes the noun's date, not the sentence's, and keeps a time of its
// own.
func TestNounRelativeDates(t *testing.T) {
	analyzer, err := language.Default()
	if err != nil {
		t.Fatal(err)
	}
	pub := timeline.NewDate(2025, 3, 17)
	tests := []struct{ name, text, start string }{
		{"the noun's day", "The rig, Nordstar Horizon, sank on 15 March, two days after an explosion that killed 11 workers.", "2025-03-13"},
		{"a time of its own", "The rig, Nordstar Horizon, sank on 15 March, two days after an explosion that injured 11 workers and killed two more on 14 March.", "2025-03-14"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &timeline.Document{ID: "doc", Text: tt.text, Published: pub, Sentences: splitLines(tt.text)}
			am := actor.NewFinder().Find(doc)
			r := Document(doc, temporal.Tag(doc.Text, pub), am, analyzer.Analyze(doc))
			e := eventWith(r, "kill")
			if e == nil || e.When == nil || e.When.Start.String() != tt.start {
				t.Errorf("killing dated %v, want %s%s", e, tt.start, describe(r))
			}
		})
	}
}
