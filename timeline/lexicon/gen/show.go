package main

import (
	"fmt"
	"io"
	"strings"
)

// show prints what the generator knows of a lemma: its senses in WordNet's
// order with class, tag count, gloss and hypernym chain, and its derivations.
// It is the tool for checking the anchors and the rules (gen -show word).
func (wn *wordnet) show(w io.Writer, lemma string) {
	for _, pos := range []byte{'v', 'n'} {
		for i, r := range wn.index[pos][lemma] {
			if i >= showSenses {
				break
			}
			s := wn.synsets[r]
			fmt.Fprintf(w, "%s [%s] tags=%d: %s\n", wn.name(r), wn.className(r), wn.tags[senseKey{lemma, r}], trim(s.gloss, 70))
			fmt.Fprintf(w, "    ^ %s\n", strings.Join(wn.chain(r), " > "))
			for _, d := range s.deriv {
				if s.members[d.from].lemma == lemma {
					fmt.Fprintf(w, "    + %s (%s)\n", wn.synsets[d.target].members[d.to].lemma, wn.name(d.target))
				}
			}
		}
	}
}

// chain is the first hypernym path from r to the root.
func (wn *wordnet) chain(r ref) []string {
	var out []string
	for n := 0; n < 20; n++ {
		s := wn.synsets[r]
		if len(s.hyper) == 0 {
			break
		}
		r = s.hyper[0]
		out = append(out, wn.name(r))
	}
	return out
}

var showSenses = 4

func trim(s string, n int) string {
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}
