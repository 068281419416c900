package extract

import "strings"

// Where what a verb of saying says ends, beyond the punctuation that ends
// it (objectPhrase): at another saying, and not inside a name set off in
// commas.

// sayingAfter reports whether another saying follows the comma at k
// within a few words, outside any clause a clause word opens: in "Dahl,
// who wrote the original law, said the bill would fail" and "Writing for
// the majority, Berg said …" the comma ends what was written, and what
// follows is the other saying's.
func (s *sentence) sayingAfter(k int, c *cand) bool {
	for _, o := range s.trigs {
		if o.tok == c.t.tok || o.tok <= k || o.tok > k+4 || !o.speech() {
			continue
		}
		for j := k + 1; j < o.tok; j++ {
			if s.toks[j].kind == tWord && clauseWords[s.toks[j].low] || s.toks[j].kind == tPunct {
				return false // "the talks, which Dahl described as useful, had failed"
			}
		}
		return true
	}
	return false
}

// apposedName reports whether the comma at k opens a name set off in
// commas after a noun: "its chief executive, Daniel Moreau, had …".
func (s *sentence) apposedName(k int) bool {
	return k > 0 && k+2 < len(s.toks) && s.toks[k-1].kind == tWord && s.toks[k+1].kind == tActor && s.toks[k+2].low == "," && k+3 < len(s.toks) && s.toks[k+3].kind == tWord
}

// apposedPhrase returns the comma that closes a noun phrase set off in
// commas after the short subject of what was said ("said the suspect, a
// 34-year-old man from Leeds, had been arrested"), when a finite verb
// follows it, or -1: what was said is the subject and its verb, and the
// apposition only tells who the subject is.
func (s *sentence) apposedPhrase(i, k int) int {
	if k-i < 1 || k-i > 4 || k+2 >= len(s.toks) || s.toks[k].quoted || s.toks[k-1].kind != tWord && s.toks[k-1].kind != tActor ||
		!apposOpeners[s.toks[k+1].low] || s.toks[k+1].kind != tWord {
		return -1
	}
	for j := i; j < k; j++ {
		if s.toks[j].kind == tPunct || s.toks[j].kind == tWord && (clauseWords[s.toks[j].low] || auxiliaries[s.toks[j].low]) {
			return -1 // "said the talks were over, a sign …": no subject alone
		}
	}
	for m := k + 2; m < len(s.toks) && m <= k+10; m++ {
		t := s.toks[m]
		if t.kind == tWord && (clauseWords[t.low] || finiteAux[t.low]) {
			return -1 // "the suspect, the man who fled, …", "the suspect, a man was seen …"
		}
		if t.kind != tPunct || t.low == "-" || t.low == "–" {
			continue
		}
		if t.low == "," && m+1 < len(s.toks) && s.toks[m+1].kind == tWord && finiteAux[s.toks[m+1].low] {
			return m
		}
		return -1
	}
	return -1
}

// apposOpeners open a noun phrase set off in commas after a noun.
var apposOpeners = set("a an the")

// finiteAux are the finite auxiliaries that show a clause goes on after
// an apposition.
var finiteAux = set("is are was were has have had will would could can may might must shall should did does do")

// subjectApposition returns the first and last word of a noun phrase set
// off in commas after the subject of clause c, commas included, when it
// lies within [lo, hi]; else -1, -2.
func (p parsed) subjectApposition(c, lo, hi int) (int, int) {
	for a := range p.s.Words {
		subj := p.head(a)
		if p.rel(a) != "appos" || subj < 0 || p.head(subj) != c || !strings.HasPrefix(p.rel(subj), "nsubj") || p.word(a).UPOS != "NOUN" && p.word(a).UPOS != "PROPN" {
			continue
		}
		alo, ahi := a, a
		for k := range p.s.Words {
			if p.dominates(a, k) {
				alo, ahi = min(alo, k), max(ahi, k)
			}
		}
		if p.word(alo).Form != "," && alo > 0 && p.word(alo-1).Form == "," {
			alo-- // the comma the parse hangs elsewhere
		}
		if p.word(ahi).Form != "," && ahi+1 < len(p.s.Words) && p.word(ahi+1).Form == "," {
			ahi++
		}
		if alo > lo && ahi < hi && p.word(alo).Form == "," && p.word(ahi).Form == "," {
			return alo, ahi
		}
	}
	return -1, -2
}
