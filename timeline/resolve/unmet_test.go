package resolve

import (
	"slices"
	"testing"

	"github.com/storyline/storyline/timeline"
)

// One document telling one seizure under two kinds, which the first pass
// never weighs against each other, does not count against the merge.
func TestMergeToldUnmet(t *testing.T) {
	actors := []timeline.Actor{
		{ID: "fdic", Name: "FDIC", Kind: timeline.Organization},
		{ID: "regulators", Name: "regulators", Kind: timeline.Group},
		{ID: "bank", Name: "Bank", Kind: timeline.Organization},
	}
	const day = "2023-03-10"
	tests := []struct {
		name string
		in   []m
		want [][]string
	}{
		{"one seizure told as an attack and as a legal step", []m{
			{doc: "a", at: 1, kind: "attack", trigger: "seize", actors: "a:fdic", when: day},
			{doc: "a", at: 90, kind: "legal", trigger: "seize", actors: "a:regulators", when: day},
		}, [][]string{{"a@1", "a@90"}}},
		{"a seizure told by nobody stays apart", []m{
			{doc: "a", at: 1, kind: "attack", trigger: "seize", actors: "a:fdic", when: day},
			{doc: "a", at: 90, kind: "legal", trigger: "seize", actors: "t:bank", when: day},
		}, [][]string{{"a@1"}, {"a@90"}}},
		{"two days are two seizures", []m{
			{doc: "a", at: 1, kind: "attack", trigger: "seize", actors: "a:fdic", when: day},
			{doc: "a", at: 90, kind: "legal", trigger: "seize", actors: "a:regulators", when: "2023-03-12"},
		}, [][]string{{"a@1"}, {"a@90"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pub, err := timeline.ParseDate("2023-03-12")
			if err != nil {
				t.Fatal(err)
			}
			opt := Options{Published: map[string]timeline.Date{"a": pub}, Actors: actors}
			events, _ := opt.Merge(results(t, tt.in))
			if got := groups(events); !slices.EqualFunc(got, tt.want, slices.Equal[[]string]) {
				t.Errorf("events:\n got %v\nwant %v", got, tt.want)
			}
		})
	}
}
