package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/actor"
	"github.com/storyline/storyline/timeline/language"
	"github.com/storyline/storyline/timeline/temporal"
)

// TestInquiredInto checks, with the stages before extraction running for
// real, that what an inquiry, a case or a protest is about is not dated
// by the inquiry's clause, and that a day of its own stays.
func TestInquiredInto(t *testing.T) {
	analyzer, err := language.Default()
	if err != nil {
		t.Fatal(err)
	}
	pub := timeline.NewDate(2025, 3, 19)
	tests := []struct{ name, text, trigger, start string }{
		{"an investigation's day is not the collapse's", "The investigation into the collapse widened on Tuesday.", "collapse", ""},
		{"nor a protest's the shooting's", "Protests over the shooting spread on Monday.", "shooting", ""},
		{"the investigation keeps its day", "The investigation into the collapse widened on Tuesday.", "widen", "2025-03-18"},
		{"nor a cleanup's the flood's", "The cleanup after the flood began on Monday.", "flood", ""},
		{"nor a compound's deed the investigation's day", "The murder investigation widened on Tuesday.", "murder", ""},
		{"the compound's investigation keeps its day", "The murder investigation widened on Tuesday.", "widen", "2025-03-18"},
		{"nor a trial's", "Anna Berg's murder trial opened on Tuesday.", "murder", ""},
		{"a day of the event's own phrase stays", "The inquiry into Sunday's crash opened on Tuesday.", "crash", "2025-03-16"},
		{"nor the day an inquiry is opened", "Prosecutors opened an investigation into the collapse on Monday.", "collapse", ""},
		{"which the opening keeps", "Prosecutors opened an investigation into the collapse on Monday.", "investigation", "2025-03-17"},
		{"an opened inquiry's object keeps its own day", "Prosecutors opened an investigation into Sunday's collapse.", "collapse", "2025-03-16"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &timeline.Document{ID: "doc", Text: tt.text, Published: pub, Sentences: splitLines(tt.text)}
			r := Document(doc, temporal.Tag(doc.Text, pub), actor.NewFinder().Find(doc), analyzer.Analyze(doc))
			e := eventWith(r, tt.trigger)
			switch {
			case e == nil:
				t.Fatalf("no event %q%s", tt.trigger, describe(r))
			case tt.start == "" && e.When != nil:
				t.Errorf("dated %v, want undated%s", e.When.Start, describe(r))
			case tt.start != "" && (e.When == nil || e.When.Start.String() != tt.start):
				t.Errorf("dated %v, want %s%s", e.When, tt.start, describe(r))
			}
		})
	}
}
