package resolve

import (
	"slices"
	"testing"

	"github.com/storyline/storyline/timeline/extract"
)

func TestMergeRetoldSameDay(t *testing.T) {
	pub := map[string]string{"a": "2025-01-20"}
	tx, pb := extract.BasisText, extract.BasisPublication
	told := func(text, trigger, kind, when, basis string) sentenced {
		return sentenced{doc: "a", text: text, trigger: trigger, kind: kind, lemma: "shoot down", when: when, basis: basis}
	}
	lede := told("The drone was shot down on Saturday afternoon by a missile.", "shot", "attack", "2025-01-18", tx)
	tests := []struct {
		name string
		in   []sentenced
		want [][]string
	}{
		{"one writer's two tellings of one day in one word are one", []sentenced{
			lede, told("Divers searched the sea two days after a jet shot it down.", "shot", "attack", "2025-01-18", tx),
		}, [][]string{{"a", "a"}}},
		{"of two days they are two", []sentenced{
			lede, told("Divers searched the sea a day after a jet shot it down.", "shot", "attack", "2025-01-19", tx),
		}, [][]string{{"a"}, {"a"}}},
		{"dated by the paper's day only, the second may be another", []sentenced{
			told("The drone was shot down by a missile.", "shot", "attack", "2025-01-20", pb),
			told("A jet has shot down an object.", "shot", "attack", "2025-01-20", pb),
		}, [][]string{{"a"}, {"a"}}},
		{"two leavings of one day that share no word are two", []sentenced{
			{doc: "a", text: "A train derailed on Saturday, forcing hundreds of residents to leave their homes.", trigger: "leave", kind: "movement", lemma: "leave", when: "2025-01-18", basis: tx},
			{doc: "a", text: "Twelve of its cars left the tracks on Saturday.", trigger: "left", kind: "movement", lemma: "leave", when: "2025-01-18", basis: tx},
		}, [][]string{{"a"}, {"a"}}},
		{"a leaving told again of the same thing is one", []sentenced{
			{doc: "a", text: "The ferry left the port of Castel on Saturday night.", trigger: "left", kind: "movement", lemma: "leave", when: "2025-01-18", basis: tx},
			{doc: "a", text: "Hours after the ferry left port on Saturday night, the storm rose.", trigger: "left", kind: "movement", lemma: "leave", when: "2025-01-18", basis: tx},
		}, [][]string{{"a", "a"}}},
		{"something said may be another speaker's", []sentenced{
			told("A statement was issued on Saturday.", "issued", "statement", "2025-01-18", tx),
			told("A warrant was issued on Saturday for his arrest.", "issued", "statement", "2025-01-18", tx),
		}, [][]string{{"a"}, {"a"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, _ := mergeTold(t, pub, tt.in); !slices.EqualFunc(got, tt.want, slices.Equal[[]string]) {
				t.Errorf("events:\n got %v\nwant %v", got, tt.want)
			}
		})
	}
}
