package resolve

import (
	"fmt"
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/extract"
)

func TestGenericPlural(t *testing.T) {
	for _, tt := range []struct {
		text, lemma string
		want        bool
	}{
		{"the firm said it would space out future *upgrades", "upgrade", true},
		{"a program it runs to verify *upgrades had failed", "upgrade", true},
		{"it would now ship such *upgrades slowly", "upgrade", true},
		// One happening: singular, or made definite.
		{"a botched *upgrade froze the tills", "upgrade", false},
		{"the *upgrades froze the tills", "upgrade", false},
		// A subject before a verb's form, a preposition before a plural.
		{"Norvex *upgrades its servers every spring", "upgrade", false},
		{"the blaze, driven by *gusts off the sea", "gust", false},
	} {
		t.Run(tt.text, func(t *testing.T) {
			em := told(t, "a", tt.text, tt.lemma, "")
			em.Kind = extract.KindOther
			r := flattenOne(t, em)
			if got := genericPlural(r); got != tt.want {
				t.Errorf("genericPlural = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestMergeGenericPlural keeps the one botched upgrade that froze the
// tills apart from upgrades in general that a later report says the firm
// will ship more slowly, though their word is one and nobody is named.
func TestMergeGenericPlural(t *testing.T) {
	pubA, pubB := timeline.NewDate(2025, 5, 9), timeline.NewDate(2025, 5, 14)
	tests := []struct {
		name string
		a, b extract.EventMention
		want int // events
	}{
		{"an upgrade and upgrades in general are two",
			told(t, "a", "A botched *upgrade froze shop tills across the country on Friday", "upgrade", "2025-05-09"),
			told(t, "b", "The firm said it would now ship such *upgrades slowly", "upgrade", ""), 2},
		{"an upgrade told twice is one",
			told(t, "a", "A botched *upgrade froze shop tills across the country on Friday", "upgrade", "2025-05-09"),
			told(t, "b", "The firm blamed a flaw in its checks for the *upgrade", "upgrade", ""), 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.a.Kind, tt.b.Kind = extract.KindOther, extract.KindOther
			tt.a.Salience, tt.b.Salience = 0.05, 0.05
			story := strings.Fields("upgrade tills firm flaw checks shops froze botched")
			opt := Options{
				DocTerms:  map[string][]string{"a": story, "b": story},
				Published: map[string]timeline.Date{"a": pubA, "b": pubB},
			}
			events, _ := opt.Merge([]extract.Result{{Doc: "a", Events: []extract.EventMention{tt.a}}, {Doc: "b", Events: []extract.EventMention{tt.b}}})
			if len(events) != tt.want {
				var got []string
				for _, ev := range events {
					got = append(got, fmt.Sprint(len(ev.Mentions), " ", ev.Summary))
				}
				t.Errorf("%d events %v, want %d", len(events), got, tt.want)
			}
		})
	}
}

// flattenOne returns the record of a single telling.
func flattenOne(t *testing.T, em extract.EventMention) *record {
	t.Helper()
	recs := newFlattener(nil).flatten([]extract.Result{{Doc: em.Mention.Doc, Events: []extract.EventMention{em}}})
	if len(recs) != 1 {
		t.Fatalf("%d records, want 1", len(recs))
	}
	return &recs[0]
}
