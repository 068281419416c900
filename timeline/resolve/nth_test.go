package resolve

import (
	"slices"
	"testing"
)

func TestTellingNth(t *testing.T) {
	tests := []struct {
		text, trigger string
		noun          string // "": none
		ord, count    int
	}{
		{"The coast guard said it had found a fourth leak, close to the first.", "found", "leak", 4, 0},
		{"By Tuesday three leaks had been found in the sea.", "found", "leak", 0, 3},
		{"A second object was shot down over the lake.", "shot", "object", 2, 0},
		{"Police arrested two men on Friday.", "arrested", "", 0, 0}, // "men" is no plural in -s
		{"Police arrested two suspects on Friday.", "arrested", "suspect", 0, 2},
		{"Divers found one of the pipes broken.", "found", "", 0, 0},
		{"The leaks were found, one in each zone.", "found", "", 0, 0},
		{"It struck for the second time in a week.", "struck", "", 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			x := sentenced{doc: "a", text: tt.text, trigger: tt.trigger, kind: "other", lemma: tt.trigger}
			em := x.mention(t)
			noun, ord, count, _ := tellingNth(&em)
			if noun != tt.noun || ord != tt.ord || count != tt.count {
				t.Errorf("got %q %d %d, want %q %d %d", noun, ord, count, tt.noun, tt.ord, tt.count)
			}
		})
	}
}

func TestMergeNthApart(t *testing.T) {
	pub := map[string]string{"a": "2025-01-16", "b": "2025-01-17"}
	fourth := sentenced{doc: "a", text: "Officials of the coast guard have found a fourth leak in the sea.", trigger: "found",
		kind: "other", lemma: "find", actors: "a:coast-guard", when: "2025-01-16", basis: "publication"}
	tests := []struct {
		name string
		in   []sentenced
		want [][]string
	}{
		{"fewer than the nth are found before it", []sentenced{
			fourth,
			{doc: "b", text: "By then three leaks had been found in the sea.", trigger: "found", kind: "other", lemma: "find"},
		}, [][]string{{"a"}, {"b"}}},
		{"another nth is another find", []sentenced{
			fourth,
			{doc: "b", text: "A second leak had been found in the sea.", trigger: "found", kind: "other", lemma: "find"},
		}, [][]string{{"a"}, {"b"}}},
		{"the same nth is one find", []sentenced{
			fourth,
			{doc: "b", text: "A fourth leak had been found in the sea.", trigger: "found", kind: "other", lemma: "find"},
		}, [][]string{{"a", "b"}}},
		{"as many as the nth may count it", []sentenced{
			fourth,
			{doc: "b", text: "By then four leaks had been found in the sea.", trigger: "found", kind: "other", lemma: "find"},
		}, [][]string{{"a", "b"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, _ := mergeTold(t, pub, tt.in); !slices.EqualFunc(got, tt.want, slices.Equal[[]string]) {
				t.Errorf("events:\n got %v\nwant %v", got, tt.want)
			}
		})
	}
}
