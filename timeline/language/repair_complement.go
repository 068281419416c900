package language

import "strings"

// What a verb of saying or knowing reports, which the parse read as its
// object and a clause of their own.

// complementWithoutSubject mends "Police said the suspect, a man from
// Leeds, had been arrested", which the parse read as a sentence about an
// arrest with no subject, "Police said the suspect" set beside it
// (parataxis), and "Officials said the ship, which sank, was carrying 200
// people", whose clause had no subject and the ship was what was said:
// the object of the verb of saying is the subject of the verb that
// follows its phrase, and that verb is what was said.
func complementWithoutSubject(ws []Word) {
	for v := range ws {
		if ws[v].UPOS != "VERB" || !finite(ws[v].XPOS) && !hasDependent(ws, v, "aux", "aux:pass") || hasSubject(ws, v) {
			continue
		}
		s := ws[v].Head - 1
		if ws[v].Deprel != "ccomp" || s < 0 || s > v {
			// or the verb of saying set beside the sentence's verb, or
			// hung on it as its adverbial clause ("Southerners hoped
			// Britain's dependence on cotton would keep the country on
			// their side")
			s = -1
			for k := 0; k < v && ws[v].Head == 0; k++ {
				if ws[k].Head-1 == v && ws[k].UPOS == "VERB" && (ws[k].Deprel == "parataxis" || ws[k].Deprel == "advcl" && !hasDependent(ws, k, "mark")) {
					s = k
				}
			}
		}
		if s < 0 {
			continue
		}
		n := -1
		for k := s + 1; k < v; k++ {
			if ws[k].Head-1 == s && ws[k].Deprel == "obj" && (ws[k].UPOS == "NOUN" || ws[k].UPOS == "PROPN") {
				n = k
			}
		}
		if n < 0 || !takesClause(ws[s]) || !reachesVerb(ws, n, v, s) {
			continue
		}
		if ws[v].Deprel != "ccomp" {
			ws[s].Head, ws[s].Deprel = ws[v].Head, ws[v].Deprel
			for k := range ws {
				if ws[k].Head-1 == v && ws[k].Deprel == "punct" && k == len(ws)-1 {
					ws[k].Head = s + 1 // the full stop is the sentence's
				}
			}
		}
		ws[v].Head, ws[v].Deprel = s+1, "ccomp"
		hangSubject(ws, n, v)
	}
}

// complementInRelative mends "Labour won 326 seats, a majority that
// ensures Keir Starmer will become prime minister", which the parse read
// as the majority becoming prime minister and Starmer what was ensured:
// when a verb's subject holds, in its own relative clause, a verb of
// saying or knowing whose object's phrase runs up to that verb, the
// object is the verb's subject and the verb what was said; the noun set
// off by a comma after another noun is that noun's apposition.
func complementInRelative(ws []Word) {
	for v := range ws {
		if ws[v].UPOS != "VERB" || !finite(ws[v].XPOS) && !hasDependent(ws, v, "aux", "aux:pass") {
			continue
		}
		k := -1
		for j := 0; j < v; j++ {
			if ws[j].Head-1 == v && ws[j].Deprel == "nsubj" {
				k = j
			}
		}
		if k < 2 {
			continue
		}
		s, n := -1, -1
		for j := k + 1; j < v; j++ {
			if ws[j].Head-1 == v || !takesClause(ws[j]) || !descends(ws, j, k) {
				continue
			}
			for o := j + 1; o < v; o++ {
				if ws[o].Head-1 == j && ws[o].Deprel == "obj" && (ws[o].UPOS == "NOUN" || ws[o].UPOS == "PROPN") {
					s, n = j, o
				}
			}
		}
		if s < 0 || !reachesVerb(ws, n, v, s) {
			continue
		}
		lo := k
		for j := k - 1; j >= 0 && descends(ws, j, k) && ws[j].Deprel != "punct"; j-- {
			lo = j // the comma before the phrase may hang on it
		}
		h := lo - 2
		if h < 0 || ws[lo-1].Form != "," || ws[h].UPOS != "NOUN" && ws[h].UPOS != "PROPN" || !strings.HasPrefix(ws[h].Deprel, "obj") && !strings.HasPrefix(ws[h].Deprel, "obl") {
			continue
		}
		ws[k].Head, ws[k].Deprel = h+1, "appos"
		ws[v].Head, ws[v].Deprel = s+1, "ccomp"
		hangSubject(ws, n, v)
	}
}

// reachesVerb reports whether the words after noun n up to verb v are n's
// phrase, then punctuation of s or v and v's auxiliaries.
func reachesVerb(ws []Word, n, v, s int) bool {
	if v-n > maxPhrase {
		return false
	}
	k := n + 1
	for k < v && descends(ws, k, n) {
		k++
	}
	for ; k < v; k++ {
		h := ws[k].Head - 1
		if !(ws[k].Deprel == "punct" && (h == s || h == v) || h == v && strings.HasPrefix(ws[k].Deprel, "aux")) {
			return false
		}
	}
	return true
}
