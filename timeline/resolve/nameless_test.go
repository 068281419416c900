package resolve

import (
	"slices"
	"testing"

	"github.com/storyline/storyline/timeline/extract"
)

// In a stream, a dated event told only by its noun and naming no one is
// weighed against a named one of its family (namelessNoun); a verb naming
// no one, or an archive, is not.
func TestMergeNamelessNoun(t *testing.T) {
	tx := extract.BasisText
	named := sentenced{doc: "a", text: "The Nightjar group attacked the hospital in October.", trigger: "attacked", kind: "attack", lemma: "attack",
		actors: "a:nightjar t:hospital", when: "2025-10-01..2025-10-31/month", basis: tx}
	told := func(text, trigger string) sentenced {
		return sentenced{doc: "b", text: text, trigger: trigger, kind: "attack", lemma: "attack", when: "2025-10-01", basis: tx}
	}
	stream := map[string]string{"a": "2025-11-03", "b": "2025-10-02"}
	tests := []struct {
		name string
		pub  map[string]string
		in   []sentenced
		want [][]string
	}{
		{"the attack, told by its noun, is the named attack", stream, []sentenced{
			named, told("A ransomware attack knocked out its systems on Wednesday.", "attack"),
		}, [][]string{{"a", "b"}}},
		{"a verb naming no one says too little", stream, []sentenced{
			named, told("Its systems were attacked on Wednesday.", "attacked"),
		}, [][]string{{"a"}, {"b"}}},
		{"in an archive the first pass's answer stands", nil, []sentenced{
			named, told("A ransomware attack knocked out its systems on Wednesday.", "attack"),
		}, [][]string{{"a"}, {"b"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, _ := mergeTold(t, tt.pub, tt.in); !slices.EqualFunc(got, tt.want, slices.Equal[[]string]) {
				t.Errorf("events:\n got %v\nwant %v", got, tt.want)
			}
		})
	}
}
