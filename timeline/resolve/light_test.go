package resolve

import (
	"slices"
	"testing"
)

// TestLightApart: in a stream, two outlets' clauses told by light verbs
// ("keep", "take", "come") are one event only when what they are about
// shares a word beside the verb; so is a light verb beside another verb
// of kind other or movement. Verbs with a meaning of their own ("end",
// "finish") are weighed as before.
func TestLightApart(t *testing.T) {
	pub := map[string]string{"a": "2025-03-04", "b": "2025-03-04"}
	tests := []struct {
		name string
		in   []sentenced
		want [][]string
	}{
		{"one light verb told of two things is two", []sentenced{
			{doc: "a", text: "Readings taken at six points had come back within safe limits.", trigger: "taken", kind: "other", lemma: "take"},
			{doc: "b", text: "Two workers were taken to hospital with burns on Tuesday.", trigger: "taken", kind: "other", lemma: "take", when: "2025-03-04"},
		}, [][]string{{"a"}, {"b"}}},
		{"two related light verbs told of two things are two", []sentenced{
			{doc: "a", text: "The advice to keep windows closed after the fire at the plant was lifted on Tuesday.", trigger: "keep", kind: "other", lemma: "keep", when: "2025-03-04", summary: "The advice to keep windows"},
			{doc: "b", text: "The inspectorate would not comment on the fire at the plant while its investigation continued.", trigger: "continued", kind: "other", lemma: "continue", summary: "Its investigation continued"},
		}, [][]string{{"a"}, {"b"}}},
		{"light verbs filed under another kind are still light", []sentenced{
			{doc: "a", text: "I grabbed the dog and got straight back inside.", trigger: "got", kind: "agreement", lemma: "get"},
			{doc: "b", text: "The firm was fined for letting solvent leak into a river.", trigger: "letting", kind: "agreement", lemma: "let"},
		}, [][]string{{"a"}, {"b"}}},
		{"a light verb beside a verb of movement is weighed by what it is about", []sentenced{
			{doc: "a", text: "After the fire at the plant, readings had all come back within safe limits.", trigger: "come", kind: "movement", lemma: "come", summary: "Readings had come back"},
			{doc: "b", text: "After the fire at the plant, staff arrived at the site on Tuesday morning.", trigger: "arrived", kind: "movement", lemma: "arrive", when: "2025-03-04", summary: "Staff arrived"},
		}, [][]string{{"a"}, {"b"}}},
		{"one light verb told of one thing is one", []sentenced{
			{doc: "a", text: "Thousands of residents were told to keep their windows shut.", trigger: "keep", kind: "other", lemma: "keep"},
			{doc: "b", text: "Locals were urged to keep their windows shut overnight.", trigger: "keep", kind: "other", lemma: "keep"},
		}, [][]string{{"a", "b"}}},
		{"two verbs with a meaning of their own are weighed as before", []sentenced{
			{doc: "a", text: "The show at the stadium ended shortly before midnight.", trigger: "ended", kind: "other", lemma: "end"},
			{doc: "b", text: "The concert at the stadium finished shortly before midnight.", trigger: "finished", kind: "other", lemma: "finish"},
		}, [][]string{{"a", "b"}}},
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
