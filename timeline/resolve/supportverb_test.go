package resolve

import (
	"slices"
	"testing"
)

// TestSupportVerb: "regulators have taken control" and "the bank is
// controlled by regulators", two families the first pass never meets,
// are one control: the support verb's noun files the first under the
// second's word, where the second pass weighs them.
func TestSupportVerb(t *testing.T) {
	pub := map[string]string{"a": "2023-03-10", "b": "2023-03-10"}
	tests := []struct {
		name string
		in   []sentenced
		want [][]string
	}{
		{"taken control and controlled are one", []sentenced{
			{doc: "a", text: "Regulators have taken control of its deposits.", trigger: "taken control", kind: "other", lemma: "take control",
				actors: "a:regulators", when: "2023-03-10"},
			{doc: "b", text: "The bank is now controlled by regulators.", trigger: "controlled", kind: "other", lemma: "control",
				actors: "a:regulators", when: "2023-03-10"},
		}, [][]string{{"a", "b"}}},
		{"taken over and controlled are two", []sentenced{
			{doc: "a", text: "Regulators have taken over its deposits.", trigger: "taken over", kind: "other", lemma: "take over",
				actors: "a:regulators", when: "2023-03-10"},
			{doc: "b", text: "The bank is now controlled by regulators.", trigger: "controlled", kind: "other", lemma: "control",
				actors: "a:regulators", when: "2023-03-10"},
		}, [][]string{{"a"}, {"b"}}},
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
