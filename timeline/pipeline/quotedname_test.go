package pipeline

import (
	"slices"
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/ingest"
)

// TestPronounAfterQuote: "He" after a quotation whose speaker was named
// before it is the speaker, not nobody for the man the quotation names.
func TestPronounAfterQuote(t *testing.T) {
	text := "---\ndate: 2026-03-03\n---\nPeter Holm told reporters on Monday: \"Carl Dahl has lied to the court.\" He said the trial would resume on Friday.\n"
	docs, _, err := ingest.Read("quote.txt", []byte(text), ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tl := Build(docs)
	for _, e := range tl.Events {
		if !slices.ContainsFunc(e.Mentions, func(m timeline.Mention) bool { return strings.HasPrefix(m.Text, "He said") }) || e.Kind != "statement" {
			continue
		}
		if !slices.Contains(e.Actors, timeline.Participant{ID: "peter-holm", Role: timeline.RoleAgent}) {
			t.Errorf("%q has %v, want peter-holm as its speaker", e.Summary, e.Actors)
		}
		return
	}
	t.Errorf("no statement told by %q", "He said")
}
