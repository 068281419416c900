package extract

import (
	"slices"
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/language"
)

// TestCoordinatedList: every name of a list is a doer, "they" after a
// list of named speakers is all of them, and a summary writes the list
// as one.
func TestCoordinatedList(t *testing.T) {
	emirates := who{text: "United Sudlish Emirates", id: "use", kind: timeline.Country}
	tests := []struct {
		text, trigger, actors, summary string
	}{
		{"Anna Berg, Carl Dahl and Eva Falk condemned the attack on Monday.", "condemn",
			"agent:anna-berg,agent:carl-dahl,agent:eva-falk", "Anna Berg, Carl Dahl and Eva Falk condemned the attack"},
		{"Anna Berg, Carl Dahl, and Eva Falk condemned the attack on Monday.", "condemn",
			"agent:anna-berg,agent:carl-dahl,agent:eva-falk", ""},
		{"Anna Berg met Carl Dahl in Ostburg, and Eva Falk condemned the attack on Monday.", "condemn",
			"agent:eva-falk", ""},
		{"On Monday, in Ostburg, Anna Berg and Carl Dahl condemned the attack.", "condemn",
			"agent:anna-berg,agent:carl-dahl", ""},
		{"Norland and the United Sudlish Emirates condemned the attack on Monday.", "condemn",
			"agent:norland,agent:use", ""},
		{"Norland, Sudland and TV One said on Monday they would close the border.", "close",
			"agent:norland,agent:sudland,agent:tv-one", ""},
		{"Anna Berg, Carl Dahl, Eva Falk and Gus Holm said on Monday they would close the border.", "close",
			"agent:anna-berg,agent:carl-dahl,agent:eva-falk,agent:gus-holm", ""},
	}
	analyzer, err := language.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			doc, tx, am := fixture(t, tc.text, append(slices.Clone(cast), emirates), dates)
			r := Document(doc, tx, am, analyzer.Analyze(doc))
			e := eventBy(t, r, tc.trigger)
			if got := actorsOf(e); got != tc.actors {
				t.Errorf("actors %q, want %q%s", got, tc.actors, describe(r))
			}
			if tc.summary != "" && e.Summary != tc.summary {
				t.Errorf("summary %q, want %q", e.Summary, tc.summary)
			}
		})
	}
}
