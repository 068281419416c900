package tagger

import (
	"strings"
	"testing"
)

// A verb's form tagged as a word of a name is the name's adjective, or
// the name, never the verb.
func TestNameVerb(t *testing.T) {
	tg := committedModel(t).NewTagger()
	for _, tc := range []struct {
		sentence    string
		word        int
		upos, lemma string
	}{
		{"The United Nations met in Geneva .", 1, "ADJ", "United"},
		{"United Airlines cancelled 200 flights .", 0, "ADJ", "United"},
		{"Manchester United beat Carl Dahl 's team .", 1, "PROPN", "United"},
		{"The workers united against the plan .", 2, "VERB", "unite"},
	} {
		forms := strings.Fields(tc.sentence)
		if got := tg.Tag(forms, nil)[tc.word]; got.UPOS != tc.upos || got.Lemma != tc.lemma {
			t.Errorf("%q: %s is %s %q, want %s %q", tc.sentence, forms[tc.word], got.UPOS, got.Lemma, tc.upos, tc.lemma)
		}
	}
}
