package resolve

import (
	"slices"
	"testing"
)

// TestThinUndated: in a stream, two outlets' undated tellings of kind
// other that name no one are one event when both are event nouns ("the
// blockage"), or when what they tell of shares a word beside the
// trigger ("would cut 15% of its workforce"); two clauses with only
// their verb in common ("nothing left to do", "what they would do about
// the fees") stay two.
func TestThinUndated(t *testing.T) {
	pub := map[string]string{"a": "2025-01-17", "b": "2025-01-17"}
	other := func(doc, text, trigger, lemma string) sentenced {
		return sentenced{doc: doc, text: text, trigger: trigger, kind: "other", lemma: lemma}
	}
	tests := []struct {
		name string
		in   []sentenced
		want [][]string
	}{
		{"two verbs with nothing else in common are two", []sentenced{
			other("a", "She said there was nothing left to do for the harbour.", "do", "do"),
			other("b", "Officials would not say what they would do about the fees.", "do", "do"),
		}, [][]string{{"a"}, {"b"}}},
		{"two verbs sharing only a preposition are two", []sentenced{
			other("a", "Crews were left to work on the harbour wall.", "work", "work"),
			other("b", "Officials would not work on a plan for the fees.", "work", "work"),
		}, [][]string{{"a"}, {"b"}}},
		{"two verbs telling of the same thing are one", []sentenced{
			other("a", "The maker said it would cut 15% of its workforce.", "cut", "cut"),
			other("b", "The company plans to cut 15% of its staff.", "cut", "cut"),
		}, [][]string{{"a", "b"}}},
		{"two verbs of movement with nothing else in common are two", []sentenced{
			{doc: "a", text: "Investigators checked the records of people leaving the consulate.", trigger: "leaving", kind: "movement", lemma: "leave"},
			{doc: "b", text: "She said he had left his phones with her at the gate.", trigger: "left", kind: "movement", lemma: "leave"},
		}, [][]string{{"a"}, {"b"}}},
		{"two verbs of movement telling of the same thing are one", []sentenced{
			{doc: "a", text: "Engineers said pressure in the pipeline began to fall sharply.", trigger: "fall", kind: "movement", lemma: "fall"},
			{doc: "b", text: "The agency said pressure in the pipeline was falling.", trigger: "falling", kind: "movement", lemma: "fall"},
		}, [][]string{{"a", "b"}}},
		{"two event nouns are one", []sentenced{
			other("a", "Traders feared the blockage would last.", "blockage", "blockage"),
			other("b", "The blockage held up cargo worth billions.", "blockage", "blockage"),
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

// TestThinBesideDated: in a stream, an undated telling of kind other
// naming someone and another outlet's dated one naming no one are weighed
// as two thin tellings are: "Jones had stayed in the capital" is not
// "some 40 people remained missing on Monday", however alike "stay" and
// "remain"; told of the same thing, they are one.
func TestThinBesideDated(t *testing.T) {
	pub := map[string]string{"a": "2025-01-14", "b": "2025-01-16"}
	tests := []struct {
		name string
		in   []sentenced
		want [][]string
	}{
		{"a related verb and nothing else in common are two", []sentenced{
			{doc: "a", text: "Officials said some 40 people remained missing on Monday.", trigger: "remained", kind: "other", lemma: "remain", when: "2025-01-13"},
			{doc: "b", text: "The mayor said Jones had stayed in the capital to deal with the crisis.", trigger: "stayed", kind: "other", lemma: "stay", actors: "a:jones"},
		}, [][]string{{"a"}, {"b"}}},
		{"told of the same thing they are one", []sentenced{
			{doc: "a", text: "Hundreds of residents remained in the school shelter on Monday.", trigger: "remained", kind: "other", lemma: "remain", when: "2025-01-13"},
			{doc: "b", text: "Red Cross volunteers said residents remained in the school shelter.", trigger: "remained", kind: "other", lemma: "remain", actors: "a:red-cross"},
		}, [][]string{{"a", "b"}}},
		{"an undated verb of movement naming someone beside a dated one is weighed as thin", []sentenced{
			{doc: "a", text: "On Tuesday morning the board announced the result of its vote.", trigger: "result", kind: "other", lemma: "result", when: "2025-01-14"},
			{doc: "b", text: "The bank, led by Governor Ilse Marten, had cut its rate in July.", trigger: "led", kind: "movement", lemma: "lead", actors: "a:ilse-marten"},
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

// TestOwnedEventNoun: an event noun whose owner is named ("Halvor's
// collapse on the stock market") is not another outlet's same noun naming
// no one ("the collapse of the levee") on the noun alone; told of the
// same thing, they are one.
func TestOwnedEventNoun(t *testing.T) {
	pub := map[string]string{"a": "2025-01-17", "b": "2025-01-20", "c": "2025-01-20"}
	tests := []struct {
		name string
		in   []sentenced
		want [][]string
	}{
		{"the owner's noun and an unnamed one with nothing else in common are two", []sentenced{
			{doc: "a", text: "Rescuers searched the mud after the collapse of the levee.", trigger: "collapse", kind: "other", lemma: "collapse"},
			{doc: "b", text: "Halvor's collapse on the stock market was steeper than in 2015.", trigger: "collapse", kind: "other", lemma: "collapse", actors: "a:halvor", summary: "Halvor's collapse"},
		}, [][]string{{"a"}, {"b"}}},
		{"the owner's noun and a dated disaster naming no one are two", []sentenced{
			{doc: "a", text: "The levee that collapsed on Friday flooded the valley.", trigger: "collapsed", kind: "disaster", lemma: "collapse", when: "2025-01-17"},
			{doc: "b", text: "Halvor's collapse on the stock market was steeper than in 2015.", trigger: "collapse", kind: "other", lemma: "collapse", actors: "a:halvor", summary: "Halvor's collapse"},
		}, [][]string{{"a"}, {"b"}}},
		{"the owner's noun and an unnamed one of the same thing are one", []sentenced{
			{doc: "a", text: "Rescuers searched the mud after the collapse of the levee.", trigger: "collapse", kind: "other", lemma: "collapse"},
			{doc: "b", text: "Halvor's collapse of the levee drew anger.", trigger: "collapse", kind: "other", lemma: "collapse", actors: "a:halvor", summary: "Halvor's collapse"},
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
