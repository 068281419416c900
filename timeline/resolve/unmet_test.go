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
			{doc: "a", at: 90, kind: "legal", trigger: "seize", when: day},
		}, [][]string{{"a@1"}, {"a@90"}}},
		{"a seizure of the bank, told as a legal step, is the FDIC's", []m{
			{doc: "a", at: 1, kind: "attack", trigger: "seize", actors: "a:fdic", when: day},
			{doc: "a", at: 90, kind: "legal", trigger: "seize", actors: "t:bank", when: day},
		}, [][]string{{"a@1", "a@90"}}},
		{"one writer's two deeds of no kind in two related words are two", []m{
			{doc: "a", at: 1, kind: "transaction", trigger: "buy", actors: "a:fdic"},
			{doc: "a", at: 90, kind: "other", trigger: "steal", actors: "a:fdic"},
		}, [][]string{{"a@1"}, {"a@90"}}},
		{"a deed of no kind told by its noun and its verb is one", []m{
			{doc: "a", at: 1, kind: "other", trigger: "handling", actors: "a:fdic"},
			{doc: "a", at: 90, kind: "other", trigger: "handle", actors: "a:fdic"},
		}, [][]string{{"a@1", "a@90"}}},
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

// A telling naming only who did it and one naming only to whom it was
// done are weighed by their words, days and documents.
func TestMergeDoerAndDone(t *testing.T) {
	actors := []timeline.Actor{
		{ID: "jury", Name: "jury", Kind: timeline.Organization},
		{ID: "police", Name: "police", Kind: timeline.Group},
		{ID: "putin", Name: "Putin", Kind: timeline.Person},
		{ID: "judge", Name: "Judge", Kind: timeline.Person},
		{ID: "chauvin", Name: "Chauvin", Kind: timeline.Person},
	}
	const day = "2021-04-20"
	terms := []string{"verdict", "jury", "guilty", "murder", "trial", "count"}
	tests := []struct {
		name string
		in   []m
		want [][]string
	}{
		{"who found and who was found guilty", []m{
			{doc: "a", at: 1, kind: "legal", trigger: "find", actors: "a:jury", when: day},
			{doc: "b", at: 1, kind: "legal", trigger: "find", actors: "t:chauvin", when: day},
		}, [][]string{{"a@1", "b@1"}}},
		{"a document telling the verdict both ways", []m{
			{doc: "a", at: 1, kind: "legal", trigger: "find", actors: "t:chauvin", when: day},
			{doc: "a", at: 90, kind: "legal", trigger: "find", actors: "a:jury", when: day},
			{doc: "b", at: 1, kind: "legal", trigger: "find", actors: "t:chauvin", when: day},
		}, [][]string{{"a@1", "a@90", "b@1"}}},
		{"who arrested and who was arrested", []m{
			{doc: "a", at: 1, kind: "arrest", trigger: "arrest", actors: "a:police", when: day},
			{doc: "b", at: 1, kind: "arrest", trigger: "arrest", actors: "t:chauvin", when: day},
		}, [][]string{{"a@1", "b@1"}}},
		{"a person who did something and one it befell", []m{
			{doc: "a", at: 1, kind: "legal", trigger: "find", actors: "a:putin", when: day},
			{doc: "b", at: 1, kind: "legal", trigger: "find", actors: "t:chauvin", when: day},
		}, [][]string{{"a@1"}, {"b@1"}}},
		{"talks held by a group and talks with someone", []m{
			{doc: "a", at: 1, kind: "meeting", trigger: "talk", actors: "a:police", when: day},
			{doc: "b", at: 1, kind: "meeting", trigger: "talk", actors: "p:chauvin", when: day},
		}, [][]string{{"a@1"}, {"b@1"}}},
		{"undated, the first pass's answer stands", []m{
			{doc: "a", at: 1, kind: "legal", trigger: "find", actors: "a:jury"},
			{doc: "b", at: 1, kind: "legal", trigger: "find", actors: "t:chauvin"},
		}, [][]string{{"a@1"}, {"b@1"}}},
		{"two days are two findings", []m{
			{doc: "a", at: 1, kind: "legal", trigger: "find", actors: "a:jury", when: day},
			{doc: "b", at: 1, kind: "legal", trigger: "find", actors: "t:chauvin", when: "2021-04-22"},
		}, [][]string{{"a@1"}, {"b@1"}}},
		{"two who did it are two findings", []m{
			{doc: "a", at: 1, kind: "legal", trigger: "find", actors: "a:jury", when: day},
			{doc: "b", at: 1, kind: "legal", trigger: "find", actors: "a:judge t:chauvin", when: day},
		}, [][]string{{"a@1"}, {"b@1"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pub, err := timeline.ParseDate("2021-04-22")
			if err != nil {
				t.Fatal(err)
			}
			opt := Options{
				Published: map[string]timeline.Date{"a": pub, "b": pub},
				DocTerms:  map[string][]string{"a": terms, "b": terms},
				Actors:    actors,
			}
			events, _ := opt.Merge(results(t, tt.in))
			if got := groups(events); !slices.EqualFunc(got, tt.want, slices.Equal[[]string]) {
				t.Errorf("events:\n got %v\nwant %v", got, tt.want)
			}
		})
	}
}
