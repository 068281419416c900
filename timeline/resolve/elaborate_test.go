package resolve

import (
	"slices"
	"testing"

	"github.com/storyline/storyline/timeline/extract"
)

// TestElaboratedSaying: a speech act and the participle after its comma
// ("defended the budget on Monday, telling reporters that") are one
// statement, which another outlet's telling of what was said joins; a
// participle that says nothing stays with its own act, which it would
// fit no better than another of the speaker's sayings of the day.
func TestElaboratedSaying(t *testing.T) {
	pub := map[string]string{"a": "2025-01-14", "b": "2025-01-14"}
	said := func(doc, text, trigger, lemma string) sentenced {
		return sentenced{doc: doc, text: text, trigger: trigger, kind: "statement", lemma: lemma,
			actors: "a:ruth-ames", when: "2025-01-13", basis: extract.BasisText}
	}
	defended := "Ruth Ames defended the budget on Monday, telling reporters that the cuts were needed."
	// (The tellings' sentences all start at one offset: the longer is
	// placed later, as a later sentence of its document would be.)
	praised := "Ruth Ames praised the crews of the harbour on Monday evening, telling reporters."
	// "told reporters" says nothing, and so fits any of her sayings of
	// the day (sayingFits): the defence and the praise alike.
	told := said("a", praised, "telling", "tell")
	told.summary = "Ruth Ames told reporters"
	tests := []struct {
		name string
		in   []sentenced
		want [][]string
	}{
		{"an act and its participle are one", []sentenced{
			said("a", defended, "defended", "defend"),
			said("a", defended, "telling", "tell"),
		}, [][]string{{"a", "a"}}},
		{"another outlet's saying joins both", []sentenced{
			said("a", defended, "defended", "defend"),
			said("a", defended, "telling", "tell"),
			said("b", "Ruth Ames said on Monday that the cuts were needed.", "said", "say"),
		}, [][]string{{"a", "a", "b"}}},
		{"a participle that says nothing stays with its own act", []sentenced{
			said("a", "Ruth Ames defended the budget on Monday, saying the cuts were needed.", "defended", "defend"),
			said("a", "Ruth Ames defended the budget on Monday, saying the cuts were needed.", "saying", "say"),
			said("a", praised, "praised", "praise"),
			told,
		}, [][]string{{"a", "a"}, {"a", "a"}}},
		{"a participle after a conjunction is another act", []sentenced{
			said("a", "Ruth Ames praised the crews, and thanking the police she left.", "praised", "praise"),
			said("a", "Ruth Ames praised the crews, and thanking the police she left.", "thanking", "thank"),
		}, [][]string{{"a"}, {"a"}}},
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
