package extract

import (
	"cmp"
	"slices"
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/language"
)

// TestUnplacedWeekday checks that a sentence set on a weekday of no known
// week ("late on a Saturday night", XXXX-WXX-6) is no news of the
// publication day, nor are the past deeds told after it.
func TestUnplacedWeekday(t *testing.T) {
	analyzer, err := language.Default()
	if err != nil {
		t.Fatal(err)
	}
	const text = "The fire at the Ostburg farm started late on a Saturday night. Firefighters fought the blaze for six hours."
	doc, tx, am := fixture(t, text, cast, dates)
	at := strings.Index(text, "Saturday night")
	tx = append(tx, timeline.Timex{Start: at, End: at + len("Saturday night"), Text: "Saturday night", Type: timeline.TypeDate, Value: "XXXX-WXX-6"})
	slices.SortFunc(tx, func(a, b timeline.Timex) int { return cmp.Compare(a.Start, b.Start) })
	r := Document(doc, tx, am, analyzer.Analyze(doc))
	for _, lemma := range []string{"start", "fight"} {
		e := eventWith(r, lemma)
		if e == nil {
			t.Fatalf("no event with trigger %q%s", lemma, describe(r))
		}
		if e.When != nil && !e.When.Start.IsZero() {
			t.Errorf("%s dated %v (%s), want undated%s", lemma, e.When.Start, e.When.Basis, describe(r))
		}
	}
}
