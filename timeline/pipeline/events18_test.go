package pipeline

import (
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/ingest"
)

// TestStorySubjectShown reads a short story end to end: the happening
// its headline and lede name and its sentences keep naming is shown on
// its day, though no trigger word's kind covers it; an unnamed group's
// undated warning and what only might happen are not.
func TestStorySubjectShown(t *testing.T) {
	text := "---\ntitle: Outage halts Ostburg trams\ndate: 2026-05-18\n---\n" +
		"An outage hit the tram network of Ostburg on Monday, stranding thousands of riders.\n\n" +
		"Engineers traced the outage to a failed cable near the central depot.\n\n" +
		"The outage was the longest in a decade, the operator said.\n\n" +
		"Transport analysts warned that repairs could take weeks.\n"
	docs, _, err := ingest.Read("story.txt", []byte(text), ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tl := Build(docs)
	subject, warning := false, false
	for _, e := range tl.Events {
		shown := e.Salience >= timeline.DefaultMinSalience
		switch e.Predicate {
		case "outage":
			if shown && e.When != nil && e.When.Start == timeline.NewDate(2026, 5, 18) {
				subject = true
			}
		case "warn":
			warning = warning || shown
		}
	}
	if !subject {
		t.Errorf("the outage is not shown on 2026-05-18: %+v", summaries(tl))
	}
	if warning {
		t.Errorf("the analysts' undated warning is shown: %+v", summaries(tl))
	}
}

func summaries(tl *timeline.Timeline) []string {
	var out []string
	for _, e := range tl.Events {
		out = append(out, e.Predicate+": "+e.Summary)
	}
	return out
}
