package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestHyphenatedName: a double-barrelled surname whose second half the
// tagger reads as a verb ("Marsh-Fried") is one name: the subject or
// object of the sentence's verb, never a verb of its own.
func TestHyphenatedName(t *testing.T) {
	people := []who{
		{text: "Lena Marsh-Fried", id: "lena-marsh-fried", kind: timeline.Person},
		{text: "Marsh-Fried", id: "lena-marsh-fried", name: "Lena Marsh-Fried", kind: timeline.Person},
		{text: "Ms Marsh-Fried", id: "lena-marsh-fried", name: "Lena Marsh-Fried", kind: timeline.Person},
	}
	tests := []struct{ text, trigger, summary string }{
		{"Marsh-Fried resigned on Monday.", "resign", "Lena Marsh-Fried resigned"},
		{"Marsh-Fried, 41, was arrested in Ostburg on Monday.", "arrest", "Lena Marsh-Fried was arrested"},
		{"Prosecutors charged Ms Marsh-Fried with fraud on Tuesday.", "charge", "Prosecutors charged Lena Marsh-Fried"},
		{"Lena Marsh-Fried, the founder of the failed cryptocurrency exchange Kora, was arrested in Ostburg on Monday night, a month after her company collapsed into bankruptcy.", "arrest", "Lena Marsh-Fried was arrested"},
		{"The firm collapsed on Friday, and its founder, Lena Marsh-Fried, stepped down.", "step down", "Lena Marsh-Fried stepped down"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseTextCast(t, tt.text, people, nil)
			for _, e := range r.Events {
				if e.Trigger == "fry" {
					t.Errorf("stray event %q%s", e.Summary, describe(r))
				}
			}
			if e := eventBy(t, r, tt.trigger); e.Summary != tt.summary {
				t.Errorf("summary %q, want %q%s", e.Summary, tt.summary, describe(r))
			}
		})
	}
}

// TestConjoinedNounClause: "X did A, and its chief, Y, did B" is two
// clauses; Y did B, not X.
func TestConjoinedNounClause(t *testing.T) {
	tests := []struct{ text, trigger, summary string }{
		{"The bank collapsed on Friday, and its chairman, Carl Dahl, resigned.", "resign", "Carl Dahl resigned"},
		{"The company filed for bankruptcy on Friday, and its founder, Eva Falk, stepped down.", "step down", "Eva Falk stepped down"},
		{"The mine flooded on Monday, and its owner, Gus Holm, was arrested.", "arrest", "Gus Holm was arrested"},
		// A time after "and" is no subject: the first clause's goes on.
		{"Anna Berg arrived on Friday, and on Saturday, met the mayor.", "meet", "Anna Berg met the mayor"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			if e := eventBy(t, r, tt.trigger); e.Summary != tt.summary {
				t.Errorf("summary %q, want %q%s", e.Summary, tt.summary, describe(r))
			}
		})
	}
}
