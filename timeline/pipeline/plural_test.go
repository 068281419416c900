package pipeline

import (
	"slices"
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/ingest"
)

// TestPluralPassive: a passive about a people named in the plural agrees
// with it, end to end ("Israelis were killed", not "was").
func TestPluralPassive(t *testing.T) {
	const text = "Israel and Hamas have been at war for 15 months, after the group mounted a cross-border attack on Oct. 7, 2023, in which 1,200 Israelis were killed and 250 taken hostage."
	docs, _, err := ingest.Read("story.txt", []byte("---\ndate: 2025-01-18\n---\n"+text+"\n"), ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tl := Build(docs)
	var got []string
	for _, e := range tl.Events {
		got = append(got, e.Summary)
	}
	if !slices.ContainsFunc(tl.Events, func(e timeline.Event) bool { return e.Summary == "Israelis were killed" }) {
		t.Errorf("no event \"Israelis were killed\" among:\n  %s", strings.Join(got, "\n  "))
	}
}
