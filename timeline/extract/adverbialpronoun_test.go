package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestAdverbialObjectPronoun checks that an object pronoun in an adverbial
// clause ("although protesters oppose him") stands for the subject the
// clause hangs on, though the story never gave that person's gender and
// gave a man's ("Mr Dahl") the sentence before; and that an object pronoun in what a
// speaker said keeps preferring the person whose gender is known.
func TestAdverbialObjectPronoun(t *testing.T) {
	people := []who{
		{text: "Wickram", id: "wickram", name: "Wickram"},
		{text: "Tolvasen", id: "tolvasen", name: "Tolvasen"},
	}
	tests := []struct{ text, lemma, want string }{
		{"Mr Dahl said the talks had failed. Wickram, a former minister, is considered the favourite, although protesters oppose him.",
			"oppose", "wickram"},
		{"Mr Dahl said the talks had failed. Tolvasen fled to Ostburg on Monday when police confronted him.",
			"confront", "tolvasen"},
		{"Mr Dahl said the talks had failed. Tolvasen said the party would replace him.",
			"replace", "carl-dahl"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseTextCast(t, tt.text, people, nil)
			e := eventBy(t, r, tt.lemma)
			got := ""
			for _, a := range e.Actors {
				if a.Role == "patient" {
					got = a.ID
				}
			}
			if got != tt.want {
				t.Errorf("%s: patient %q, want %q%s", tt.lemma, got, tt.want, describe(r))
			}
		})
	}
}

// TestObjectPronounNamedOnce checks that a summary names the person an
// object pronoun stands for instead of the pronoun, not both ("Protesters
// opposed Wickram him").
func TestObjectPronounNamedOnce(t *testing.T) {
	people := []who{
		{text: "Wickram", id: "wickram", name: "Wickram"},
		{text: "protesters", id: "protesters", kind: timeline.Group},
		{text: "critics", id: "critics", kind: timeline.Group},
	}
	tests := []struct{ text, lemma, want string }{
		{"Wickram, a former minister, is considered the favourite, although protesters oppose him.",
			"oppose", "Protesters opposed Wickram"},
		{"Ms Berg spoke in Ostburg on Monday. Critics rejected her on Tuesday.",
			"reject", "Critics rejected Anna Berg"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseTextCast(t, tt.text, people, nil)
			e := eventBy(t, r, tt.lemma)
			if e.Summary != tt.want {
				t.Errorf("summary %q, want %q%s", e.Summary, tt.want, describe(r))
			}
		})
	}
}
