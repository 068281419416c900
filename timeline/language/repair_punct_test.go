package language

import (
	"strings"
	"testing"
)

// Punctuation hangs where the treebanks' rule puts it, whatever the
// parser chose: on the unit it sets off, the following conjunct, the
// sentence's head for the full stop, and quotes on what they enclose.
func TestAttachPunctuation(t *testing.T) {
	tests := []struct {
		name  string
		words string // form/UPOS/head/deprel, the parser's tree
		want  string // the heads of the marks, in order
	}{
		{"comma after a fronted oblique is the oblique's",
			"In/ADP/3/case early/ADJ/3/amod October/PROPN/7/obl ,/PUNCT/7/punct the/DET/6/det team/NOUN/7/nsubj met/VERB/0/root ./PUNCT/3/punct",
			"3 7"},
		{"comma between conjuncts is the following conjunct's",
			"We/PRON/2/nsubj ate/VERB/0/root apples/NOUN/2/obj ,/PUNCT/3/punct pears/NOUN/3/conj and/CCONJ/7/cc plums/NOUN/3/conj ./PUNCT/2/punct",
			"5 2"},
		{"quotes go to what they enclose, the full stop to the root",
			"He/PRON/2/nsubj said/VERB/0/root \"/PUNCT/2/punct no/INTJ/2/ccomp \"/PUNCT/2/punct ./PUNCT/4/punct",
			"4 4 2"},
		{"a mark with dependents leaves the sentence alone",
			"Go/VERB/0/root ,/PUNCT/1/punct now/ADV/2/advmod !/PUNCT/3/punct",
			"1 3"},
	}
	for _, tt := range tests {
		var ws []Word
		for _, f := range strings.Fields(tt.words) {
			p := strings.Split(f, "/")
			h := 0
			for _, c := range p[2] {
				h = h*10 + int(c-'0')
			}
			ws = append(ws, Word{Form: p[0], UPOS: p[1], Head: h, Deprel: p[3]})
		}
		attachPunctuation(ws)
		var got []string
		for _, w := range ws {
			if w.UPOS == "PUNCT" {
				got = append(got, itoa(w.Head))
			}
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("%s: marks hang on %s, want %s", tt.name, g, tt.want)
		}
	}
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
