package resolve

import (
	"slices"
	"testing"

	"github.com/storyline/storyline/timeline/extract"
)

// A noun and its verb of starting or occurring in one sentence tell one event
// (startedBy); its end, or a start in an archive, stays apart.
func TestMergeStartedBy(t *testing.T) {
	tx := extract.BasisText
	told := func(doc, text, trigger, lemma string) sentenced {
		return sentenced{doc: doc, text: text, trigger: trigger, kind: "disaster", lemma: lemma, when: "2026-03-08", basis: tx}
	}
	const began, ended = "The eruption began early on Sunday.", "The eruption ended early on Sunday."
	tests := []struct {
		name string
		pub  map[string]string
		in   []sentenced
		want [][]string
	}{
		{"the eruption began: one event", map[string]string{"a": "2026-03-09"}, []sentenced{
			told("a", began, "eruption", "eruption"), told("a", began, "began", "begin"),
		}, [][]string{{"a", "a"}}},
		{"an explosion tore through: one event", map[string]string{"a": "2026-03-09"}, []sentenced{
			told("a", "An explosion tore through the plant early on Sunday.", "explosion", "explosion"),
			told("a", "An explosion tore through the plant early on Sunday.", "tore", "tear"),
		}, [][]string{{"a", "a"}}},
		{"the eruption ended: its end apart", map[string]string{"a": "2026-03-09"}, []sentenced{
			told("a", ended, "eruption", "eruption"), told("a", ended, "ended", "end"),
		}, [][]string{{"a"}, {"a"}}},
		{"in an archive the start is a happening of its own", nil, []sentenced{
			told("z", began, "eruption", "eruption"), told("z", began, "began", "begin"),
		}, [][]string{{"z"}, {"z"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, _ := mergeTold(t, tt.pub, tt.in); !slices.EqualFunc(got, tt.want, slices.Equal[[]string]) {
				t.Errorf("events:\n got %v\nwant %v", got, tt.want)
			}
		})
	}
}
