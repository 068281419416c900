package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/ingest"
	"github.com/storyline/storyline/timeline/language"
)

// TestTitledName: a person's name after a title is the object or subject
// itself, the title its compound; the event's summary keeps the name.
func TestTitledName(t *testing.T) {
	// Entities blank, as the pipeline passes them, and tagged, as the analyser gives them.
	analyzer, err := language.Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, word, deprel, head string
	}{
		{"World Athletics banned Olympic sprint champion Mara Kessler for four years on Tuesday.", "Kessler", "obj", "banned"},
		{"The court on Wednesday reduced Olympic champion Mara Kessler's doping ban from four years to two.", "ban", "obj", "reduced"},
		{"The court reduced Olympic champion Mara Kessler's doping ban.", "champion", "compound", "Mara"},
		{"The union named the new chairman on Friday.", "chairman", "obj", "named"},
		{"The army reached town Monday.", "town", "obj", "reached"},
		{"Dravian Prime Minister Anton Weiss lost a vote of no confidence in parliament on Thursday.", "Anton", "nsubj", "lost"},
		{"Ostburg manager Gus Holm, who worked with Carl Dahl, said the club was ready.", "worked", "acl:relcl", "Gus"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			doc := timeline.Document{ID: "t", Text: tc.text}
			doc.Sentences, _ = ingest.Clean(doc.Text)
			for _, blank := range []bool{false, true} {
				sents := analyzer.Analyze(&doc)
				if blank {
					for k := range sents[0].Words {
						sents[0].Words[k].Entity = ""
					}
				}
				repairParse(sents)
				rel, head, ok := arcOf(sents[0].Words, tc.word)
				if !ok {
					t.Fatalf("no word %q", tc.word)
				}
				if rel != tc.deprel || head != tc.head {
					t.Errorf("%q is %s of %q, want %s of %q (entities blank: %v)", tc.word, rel, head, tc.deprel, tc.head, blank)
				}
			}
		})
	}
	r, e := readEvent(t, "World Athletics banned Olympic sprint champion Mara Kessler for four years on Tuesday.", "ban", true)
	if want := "World Athletics banned Olympic sprint champion Mara Kessler"; e.Summary != want {
		t.Errorf("summary %q, want %q%s", e.Summary, want, describe(r))
	}
}
