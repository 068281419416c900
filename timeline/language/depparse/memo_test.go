package depparse

import (
	"slices"
	"strings"
	"testing"
)

// The kept role scores give every transition the scores that looking up
// all of its features gives, over the committed model's parse of
// sentences long enough for words to take and leave each role.
func TestKeptRoleScores(t *testing.T) {
	m := committed(t)
	p := m.NewParser()
	for _, s := range []struct{ words, upos, xpos string }{
		{
			"Anna Berg , who led the bank until March , said on Tuesday that Carl Dahl had signed the deal .",
			"PROPN PROPN PUNCT PRON VERB DET NOUN ADP PROPN PUNCT VERB ADP PROPN SCONJ PROPN PROPN AUX VERB DET NOUN PUNCT",
			"NNP NNP , WP VBD DT NN IN NNP , VBD IN NNP IN NNP NNP VBD VBN DT NN .",
		},
		{
			"Gus Holm was arrested in Oslo after police found guns in his flat .",
			"PROPN PROPN AUX VERB ADP PROPN SCONJ NOUN VERB NOUN ADP PRON NOUN PUNCT",
			"NNP NNP VBD VBN IN NNP IN NNS VBD NNS IN PRP$ NN .",
		},
	} {
		words, upos, xpos := strings.Fields(s.words), strings.Fields(s.upos), strings.Fields(s.xpos)
		n := len(words)
		p.prepare(words, upos, xpos, n)
		p.st.reset(n)
		p.resetMemo(n)
		steps := 0
		for !p.st.done() {
			p.scoreTrans()
			want := slices.Clone(p.scores)
			p.scoreTransKept(m.trans)
			if !slices.Equal(p.scores, want) {
				t.Fatalf("%q, step %d: kept scores %v, looked up %v", s.words, steps, p.scores, want)
			}
			tr := p.predict()
			lab := 0
			if tr != shift {
				lab = p.predictLabel(p.st.arc(tr))
			}
			p.st.apply(tr, lab)
			steps++
		}
		if steps != 2*n {
			t.Errorf("%q: %d transitions, want %d", s.words, steps, 2*n)
		}
	}
}
