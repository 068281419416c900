package resolve

import (
	"slices"
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestGroupStandsForOrganisation lets a group told by a common noun
// ("regulators") be the organisation another outlet names, where two
// named organisations, or a group and a person, stay two sides.
func TestGroupStandsForOrganisation(t *testing.T) {
	story := "bank deposits regulators run lender collapse startups insurance"
	day := timeline.NewDate(2023, 3, 10)
	actors := []timeline.Actor{
		{ID: "regulators", Name: "regulators", Kind: "group"},
		{ID: "fdic", Name: "Federal Deposit Insurance Corporation", Kind: "organization"},
		{ID: "treasury", Name: "Treasury", Kind: "organization"},
		{ID: "smith", Name: "John Smith", Kind: "person"},
		{ID: "bank", Name: "Silicon Valley Bank", Kind: "organization"},
	}
	seize := func(doc, kind, agent string) m {
		return m{doc: doc, at: 1, kind: kind, trigger: "seize", actors: "a:" + agent + " t:bank", when: "2023-03-10"}
	}
	tests := []struct {
		name string
		in   []m
		want [][]string
	}{
		{"regulators and a named agency seizing the bank the same day are one",
			[]m{seize("a", "legal", "regulators"), seize("b", "attack", "fdic")},
			[][]string{{"a@1", "b@1"}}},
		{"two named agencies stay two",
			[]m{seize("a", "legal", "treasury"), seize("b", "attack", "fdic")},
			[][]string{{"a@1"}, {"b@1"}}},
		{"a group and a person stay two",
			[]m{seize("a", "legal", "regulators"), seize("b", "attack", "smith")},
			[][]string{{"a@1"}, {"b@1"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opt := Options{Published: map[string]timeline.Date{}, DocTerms: map[string][]string{}, Actors: actors}
			for _, doc := range []string{"a", "b"} {
				opt.Published[doc] = day
				opt.DocTerms[doc] = strings.Fields(story + " " + doc)
			}
			events, _ := opt.Merge(results(t, tt.in))
			if got := groups(events); !slices.EqualFunc(got, tt.want, slices.Equal[[]string]) {
				t.Errorf("events:\n got %v\nwant %v", got, tt.want)
			}
		})
	}
}
