package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/ingest"
	"github.com/storyline/storyline/timeline/language"
)

// TestYieldingParse: the word after "bowing to" is a noun, and a
// participle of change after "after" modifies its noun; a verb after its
// own "to", or a gerund with a subject, stays one.
func TestYieldingParse(t *testing.T) {
	analyzer, err := language.Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, word, upos, deprel string
	}{
		{"Bowing to pressure from investors, the chairman said the bank would launch an inquiry.", "pressure", "NOUN", "obl"},
		{"The board agreed on Tuesday to delay the vote, bowing to pressure from shareholders.", "pressure", "NOUN", "obl"},
		{"The decision came after mounting pressure from athletes.", "mounting", "VERB", "amod"},
		{"The decision came after mounting pressure from athletes.", "pressure", "NOUN", "obl"},
		{"The decision came amid mounting anger over the delays.", "mounting", "VERB", "amod"},
		{"The minister refused to pressure the regulator.", "pressure", "VERB", "xcomp"},
	}
	for _, tc := range tests {
		t.Run(tc.text+"/"+tc.word, func(t *testing.T) {
			doc := timeline.Document{ID: "t", Text: tc.text}
			doc.Sentences, _ = ingest.Clean(doc.Text)
			sents := analyzer.Analyze(&doc)
			repairParse(sents)
			for _, w := range sents[0].Words {
				if w.Form == tc.word && (w.UPOS != tc.upos || w.Deprel != tc.deprel) {
					t.Errorf("%q is %s %s of word %d, want %s %s", w.Form, w.UPOS, w.Deprel, w.Head, tc.upos, tc.deprel)
				}
			}
		})
	}
}

// TestYieldingIsNoEvent: giving way told as the reason of a clause's
// event is that event's, no deed of its own; nobody pressures, nothing
// mounts anyone. A finite "bowed to pressure" is an event.
func TestYieldingIsNoEvent(t *testing.T) {
	tests := []struct {
		text, trigger string
		want          bool
	}{
		{"Bowing to pressure from investors, Anna Berg said the bank would launch an inquiry.", "bow", false},
		{"Bowing to pressure from investors, Anna Berg said the bank would launch an inquiry.", "pressure", true},
		{"The board agreed on Monday to delay the vote, bowing to pressure from shareholders.", "bow", false},
		{"Anna Berg bowed to pressure from investors on Monday.", "bow", true},
	}
	for _, tc := range tests {
		t.Run(tc.text+"/"+tc.trigger, func(t *testing.T) {
			r := parseText(t, tc.text)
			found := false
			for _, e := range r.Events {
				if e.Trigger == tc.trigger {
					found = true
					if tc.trigger == "pressure" && (len(e.Actors) > 0 || e.Status != timeline.Occurred) {
						t.Errorf("pressure %s with %s%s", e.Status, actorsOf(e), describe(r))
					}
				}
			}
			if found != tc.want {
				t.Errorf("event %q: %v, want %v%s", tc.trigger, found, tc.want, describe(r))
			}
		})
	}
}
