package temporal_test

import (
	"fmt"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/temporal"
)

func ExampleTag() {
	text := "The envoy met Putin at the end of last week and will return on Thursday for a 30-day truce."
	for _, x := range temporal.Tag(text, timeline.NewDate(2025, 3, 17)) {
		fmt.Printf("%q %s %s", x.Text, x.Type, x.Value)
		if x.Mod != "" {
			fmt.Printf(" mod=%s", x.Mod)
		}
		if x.Interval != nil {
			fmt.Printf(" %s..%s", x.Interval.Start, x.Interval.End)
		}
		fmt.Println()
	}
	// Output:
	// "the end of last week" DATE 2025-W11 mod=END 2025-03-10..2025-03-16
	// "Thursday" DATE 2025-03-20 2025-03-20..2025-03-20
	// "30-day" DURATION P30D
}

func ExampleTagger() {
	var tg temporal.Tagger // reuse one Tagger for many texts
	for _, doc := range []struct {
		text string
		dct  timeline.Date
	}{
		{"Talks resumed on Monday.", timeline.NewDate(2025, 2, 26)},
		{"A deal came earlier this month.", timeline.NewDate(2025, 2, 26)},
	} {
		for _, x := range tg.Tag(doc.text, doc.dct) {
			fmt.Println(x.Text, x.Value, x.Interval.Start, x.Interval.End)
		}
	}
	// Output:
	// Monday 2025-02-24 2025-02-24 2025-02-24
	// earlier this month 2025-02 2025-02-01 2025-02-26
}
