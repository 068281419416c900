package resolve

import (
	"slices"
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestMergePatientOnly merges the tellings, in several reports, of what
// befell one person that name nobody who did it ("Smith was found
// guilty"): the index filed them under no agent, and they never met.
// Two people's verdicts stay two.
func TestMergePatientOnly(t *testing.T) {
	pub := timeline.NewDate(2021, 4, 20)
	tests := []struct {
		name string
		ms   []m
		want [][]string
	}{
		{"one man found guilty in three reports is one verdict", []m{
			{doc: "a", at: 0, kind: "legal", trigger: "find", actors: "t:smith", when: "2021-04-20"},
			{doc: "b", at: 0, kind: "legal", trigger: "find", actors: "t:smith", when: "2021-04-20"},
			{doc: "c", at: 0, kind: "legal", trigger: "find", actors: "t:smith", when: "2021-04-20"},
		}, [][]string{{"a@0", "b@0", "c@0"}}},
		{"two men found guilty are two verdicts", []m{
			{doc: "a", at: 0, kind: "legal", trigger: "find", actors: "t:smith", when: "2021-04-20"},
			{doc: "b", at: 0, kind: "legal", trigger: "find", actors: "t:jones", when: "2021-04-20"},
		}, [][]string{{"a@0"}, {"b@0"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opt := Options{Published: map[string]timeline.Date{"a": pub, "b": pub, "c": pub}}
			events, _ := opt.Merge(results(t, tt.ms))
			if got := groups(events); !slices.EqualFunc(got, tt.want, slices.Equal) {
				t.Errorf("events %v, want %v", got, tt.want)
			}
		})
	}
}
