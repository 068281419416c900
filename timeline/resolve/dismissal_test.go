package resolve

import (
	"slices"
	"testing"

	"github.com/storyline/storyline/timeline/extract"
)

// TestOneDismissal: one person's dismissal told by several outlets in
// different words ("sacked", "fired", "ousted", "removed") is one event,
// also when a later paper's telling is dated only by its publication
// day; two people's, or a day the text gives days later, are two.
func TestOneDismissal(t *testing.T) {
	pub := map[string]string{"a": "2025-01-17", "b": "2025-01-18", "c": "2025-01-21", "d": "2025-01-20", "e": "2025-01-27"}
	told := func(doc, text, trigger, lemma, actors, when, basis string) sentenced {
		return sentenced{doc: doc, text: text, trigger: trigger, kind: "dismissal", lemma: lemma, actors: actors, when: when, basis: basis}
	}
	pb, tx := extract.BasisPublication, extract.BasisText
	fired := told("a", "Lena Ward was fired on Friday.", "fired", "fire", "t:lena-ward", "2025-01-17", tx)
	tests := []struct {
		name string
		in   []sentenced
		want [][]string
	}{
		{"three words on one day are one", []sentenced{
			fired,
			told("b", "Lena Ward was sacked on Friday.", "sacked", "sack", "t:lena-ward", "2025-01-17", tx),
			told("d", "The board ousted Lena Ward on Friday.", "ousted", "oust", "t:lena-ward", "2025-01-17", tx),
		}, [][]string{{"a", "b", "d"}}},
		{"later papers dated by their day are one", []sentenced{
			fired,
			told("b", "Lena Ward was removed after a review.", "removed", "remove", "t:lena-ward", "2025-01-18", pb),
			told("c", "Rivals hired Lena Ward days after she was ousted.", "ousted", "oust", "t:lena-ward", "2025-01-21", pb),
		}, [][]string{{"a", "b", "c"}}},
		{"two people are two", []sentenced{
			fired,
			told("b", "Omar Lutz was sacked on Friday.", "sacked", "sack", "t:omar-lutz", "2025-01-17", tx),
		}, [][]string{{"a"}, {"b"}}},
		{"a day the text gives is no bound", []sentenced{
			fired,
			told("d", "Lena Ward was ousted on Monday.", "ousted", "oust", "t:lena-ward", "2025-01-20", tx),
		}, [][]string{{"a"}, {"d"}}},
		{"a paper more than a week later is no bound", []sentenced{
			fired,
			told("e", "Lena Ward, who was ousted, spoke.", "ousted", "oust", "t:lena-ward", "2025-01-27", pb),
		}, [][]string{{"a"}, {"e"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := mergeTold(t, pub, tt.in)
			if !slices.EqualFunc(got, tt.want, slices.Equal[[]string]) {
				t.Errorf("events:\n got %v\nwant %v", got, tt.want)
			}
		})
	}
}
