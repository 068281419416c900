package resolve

import (
	"slices"
	"testing"
)

func TestReachedValue(t *testing.T) {
	tests := []struct {
		text, trigger, lemma string
		want                 float64 // 0: none
	}{
		{"The death toll rose to 13 on Monday, officials said.", "rose", "rise", 13},
		{"Officials raised the death toll to 154 after a man died.", "raised", "raise", 154},
		{"The number of dead has climbed to more than 2,100.", "climbed", "climb", 2100},
		{"Losses fell to 1.5 million last year.", "fell", "fall", 1.5e6},
		{"The toll could rise up to 40 as the search goes on.", "rise", "rise", 0},
		{"Prices rose, to the surprise of many, by 12 percent.", "rose", "rise", 0},
		{"The storm killed 12 people on the coast.", "killed", "kill", 0},
		{"The company moved to 20 new offices.", "moved", "move", 0},
		{"The river rose to a record height of 12 metres.", "rose", "rise", 0},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			em := sentenced{doc: "a", text: tt.text, trigger: tt.trigger, kind: "other", lemma: tt.lemma}.mention(t)
			got, ok := reachedValue(&em)
			if !ok {
				got = 0
			}
			if got != tt.want {
				t.Errorf("reached %v, want %v", got, tt.want)
			}
		})
	}
}

// Each rise of a toll is its own event: the rise to 13 on Monday is not
// the rise to 20 a paper published on Wednesday tells undated, however
// alike their words and near their days; two outlets' rises to one
// value are one.
func TestMergeReached(t *testing.T) {
	pub := map[string]string{"a": "2025-03-10", "b": "2025-03-12", "c": "2025-03-10"}
	monday := sentenced{doc: "a", text: "The death toll rose to 13 on Monday, officials said.", trigger: "rose", kind: "death", lemma: "rise", when: "2025-03-10"}
	tests := []struct {
		name string
		in   []sentenced
		want [][]string
	}{
		{"a later rise to another value is another event", []sentenced{
			monday,
			{doc: "b", text: "Officials said the confirmed death toll had risen to 20 and that dozens were missing.", trigger: "risen", kind: "death", lemma: "rise"},
		}, [][]string{{"a"}, {"b"}}},
		{"a rise to the same value is one", []sentenced{
			monday,
			{doc: "c", text: "On Monday the number of dead rose to 13, the mayor said.", trigger: "rose", kind: "death", lemma: "rise", when: "2025-03-10"},
		}, [][]string{{"a", "c"}}},
		{"a rise to a value rounded is one", []sentenced{
			{doc: "a", text: "The death toll rose to 2,115 on Monday, officials said.", trigger: "rose", kind: "death", lemma: "rise", when: "2025-03-10"},
			{doc: "c", text: "On Monday the death toll rose to about 2,100, the mayor said.", trigger: "rose", kind: "death", lemma: "rise", when: "2025-03-10"},
		}, [][]string{{"a", "c"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, _ := mergeTold(t, pub, tt.in); !slices.EqualFunc(got, tt.want, slices.Equal[[]string]) {
				t.Errorf("events:\n got %v\nwant %v", got, tt.want)
			}
		})
	}
}
