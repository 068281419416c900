package resolve

import (
	"slices"
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestAgentsApartStayApart keeps two events the first pass held apart
// for their agents apart in the second too, however many tellings that
// name nobody resemble both: one candidate's defeat in his seat, the
// party's win, and the night's defeat told by every outlet.
func TestAgentsApartStayApart(t *testing.T) {
	story := "election seats count majority landslide prime minister party vote"
	day := timeline.NewDate(2024, 7, 5)
	tests := []struct {
		name string
		in   []m
		want [][]string
	}{
		{"two agents' wins stay apart, however like both the unnamed tellings are",
			[]m{
				{doc: "a", at: 1, kind: "other", trigger: "win", actors: "a:buckland", when: "2024-07-05"},
				{doc: "b", at: 1, kind: "other", trigger: "win", actors: "a:labour", when: "2024-07-05"},
				{doc: "c", at: 1, kind: "other", trigger: "win"},
				{doc: "d", at: 1, kind: "other", trigger: "win"},
				{doc: "e", at: 1, kind: "other", trigger: "win"},
			},
			[][]string{{"a@1", "c@1", "d@1", "e@1"}, {"b@1"}}},
		{"one agent's win told by name and unnamed is one event",
			[]m{
				{doc: "a", at: 1, kind: "other", trigger: "win", actors: "a:labour", when: "2024-07-05"},
				{doc: "b", at: 1, kind: "other", trigger: "win", actors: "a:labour", when: "2024-07-05"},
				{doc: "c", at: 1, kind: "other", trigger: "win"},
			},
			[][]string{{"a@1", "b@1", "c@1"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opt := Options{Published: map[string]timeline.Date{}, DocTerms: map[string][]string{}}
			for _, doc := range []string{"a", "b", "c", "d", "e"} {
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

// TestOtherFamiliesWeighed weighs, in the second pass, events the first
// never met: tellings by two related words of kind other are two
// families ("closed", "shut down").
func TestOtherFamiliesWeighed(t *testing.T) {
	story := "bank deposits regulators run lender collapse startups insurance"
	day := timeline.NewDate(2023, 3, 10)
	tests := []struct {
		name string
		in   []m
		want [][]string
	}{
		{"closed and shut down by the same agents, the same day, are one",
			[]m{
				{doc: "a", at: 1, kind: "other", trigger: "close", actors: "a:regulators t:bank", when: "2023-03-10"},
				{doc: "b", at: 1, kind: "other", trigger: "shut down", actors: "a:regulators t:bank"},
			},
			[][]string{{"a@1", "b@1"}}},
		{"closed and shut down by other agents stay two",
			[]m{
				{doc: "a", at: 1, kind: "other", trigger: "close", actors: "a:regulators t:bank", when: "2023-03-10"},
				{doc: "b", at: 1, kind: "other", trigger: "shut down", actors: "a:owners t:bank"},
			},
			[][]string{{"a@1"}, {"b@1"}}},
		{"a telling that names nobody is not weighed against another family's named one",
			[]m{
				{doc: "a", at: 1, kind: "movement", trigger: "lead", when: "2023-03-10"},
				{doc: "b", at: 1, kind: "other", trigger: "take", actors: "t:police", when: "2023-03-10"},
			},
			[][]string{{"a@1"}, {"b@1"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opt := Options{Published: map[string]timeline.Date{}, DocTerms: map[string][]string{}}
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
