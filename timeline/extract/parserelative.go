package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline/language"
)

// News opens with its subject, a parenthetical about it between commas,
// and the verb: "Lena Havel, the composer whose film scores won three
// Academy Awards, died on Tuesday". The parser may give the verb a subject
// from inside the parenthetical ("three Academy Awards died") and make
// the parenthetical's verb the sentence's. parentheticalSubject gives the
// verb the opening noun as its subject back: the parenthetical's verb
// hangs under the parenthetical's noun, and the noun taken for the
// subject becomes that verb's object.
func parentheticalSubject(ws []language.Word) {
	n, c1 := openingSubject(ws)
	if n < 0 {
		return
	}
	if c1+1 >= len(ws) || ws[c1+1].UPOS == "PROPN" {
		return // "Troy, Mich., police said": a place's state, no parenthetical about a subject
	}
	for c2 := c1 + 2; c2+1 < len(ws); c2++ {
		if ws[c2].Form != "," {
			continue
		}
		v := c2 + 1
		if ws[v].UPOS == "AUX" {
			return // "Horton, 34, was walking …": the verb has its subject
		}
		if ws[v].UPOS != "VERB" || ws[v].XPOS != "VBD" && ws[v].XPOS != "VBZ" && ws[v].XPOS != "VBP" {
			continue
		}
		s := -1
		for k := c1 + 1; k < c2; k++ {
			if ws[k].Head == v+1 && (ws[k].Deprel == "nsubj" || ws[k].Deprel == "nsubj:pass") {
				s = k
			}
		}
		r := verbInside(ws, c1, c2)
		if s < 0 || r < 0 || ws[s].UPOS == "PRON" {
			return // the verb's subject is not from the parenthetical
		}
		saved := append([]language.Word(nil), ws...)
		ws[s].Head, ws[s].Deprel = r+1, "obj"
		wasRoot := ws[r].Head == 0
		ws[v].Head, ws[v].Deprel = 0, "root"
		ws[n].Head, ws[n].Deprel = v+1, "nsubj"
		if wasRoot {
			if a := apposedNoun(ws, n, c1, c2); a >= 0 {
				ws[r].Head, ws[r].Deprel = a+1, "acl:relcl"
			} else {
				ws[r].Head, ws[r].Deprel = n+1, "acl:relcl"
			}
		}
		for k := c2; k < len(ws); k++ {
			if ws[k].Head == r+1 && k != s {
				ws[k].Head = v + 1 // the stop, the rest of the sentence
			}
		}
		if !isTree(ws) {
			copy(ws, saved)
		}
		return
	}
}

// openingSubject returns the head of the noun phrase that opens the
// sentence and the comma right after it: "Lena Havel ,".
func openingSubject(ws []language.Word) (n, comma int) {
	for k := 0; k < len(ws) && k < 5; k++ {
		switch {
		case ws[k].Form == ",":
			if k == 0 {
				return -1, -1
			}
			n = k - 1
			for n > 0 && (ws[n].Deprel == "flat" || ws[n].Deprel == "compound") && ws[n].Head-1 < n {
				n = ws[n].Head - 1
			}
			if ws[n].UPOS != "PROPN" && ws[n].UPOS != "NOUN" {
				return -1, -1
			}
			return n, k
		case ws[k].UPOS != "PROPN" && ws[k].UPOS != "NOUN" && ws[k].UPOS != "DET" && ws[k].UPOS != "ADJ":
			return -1, -1
		}
	}
	return -1, -1
}

// verbInside returns the first verb between the commas at c1 and c2, or
// -1.
func verbInside(ws []language.Word, c1, c2 int) int {
	for k := c1 + 1; k < c2; k++ {
		if ws[k].UPOS == "VERB" {
			return k
		}
	}
	return -1
}

// apposedNoun returns the noun that heads the parenthetical after the
// comma at c1, in apposition to n ("the composer"), or -1.
func apposedNoun(ws []language.Word, n, c1, c2 int) int {
	for k := c1 + 1; k < c2; k++ {
		if ws[k].Head == n+1 && ws[k].Deprel == "appos" && ws[k].UPOS == "NOUN" {
			return k
		}
	}
	return -1
}

// isTree reports whether every word reaches the root without a cycle.
func isTree(ws []language.Word) bool {
	roots := 0
	for k := range ws {
		h, steps := k, 0
		for ws[h].Head != 0 {
			h = ws[h].Head - 1
			if h < 0 || h >= len(ws) || steps > len(ws) {
				return false
			}
			steps++
		}
		if ws[k].Head == 0 {
			roots++
		}
	}
	return roots == 1
}

// relativeOnVerb mends a relative clause the parse hung on a verb, past
// a time or place after the verb's object: in "reached a deal on
// Thursday that ends a month-long dispute" the deal ends the dispute,
// not the reaching; nor, hung on the time, did Friday attack anyone in
// "arrested a man on Friday who had attacked a guard". The clause goes
// to the object when only the verb's obliques stand between them.
func relativeOnVerb(ws []language.Word, v int) {
	if ws[v].Deprel != "acl:relcl" {
		return
	}
	h := ws[v].Head - 1
	if h >= 0 && h < v && timeWord(ws[h].Lemma) && strings.HasPrefix(ws[h].Deprel, "obl") {
		h = ws[h].Head - 1 // "arrested a man on Friday who had attacked a guard": no Friday attacked
	}
	if h < 0 || h >= v || ws[h].UPOS != "VERB" {
		return
	}
	rel := -1
	for k := h + 1; k < v; k++ {
		if ws[k].Head == v+1 && ws[k].UPOS == "PRON" && strings.Contains(ws[k].Feats, "PronType=Rel") || ws[k].Head == v+1 && strings.EqualFold(ws[k].Form, "that") {
			rel = k
			break
		}
	}
	o := -1
	for k := h + 1; k < rel; k++ {
		if ws[k].Head == h+1 && ws[k].Deprel == "obj" && (ws[k].UPOS == "NOUN" || ws[k].UPOS == "PROPN") {
			o = k
		}
	}
	if rel < 0 || o < 0 {
		return
	}
	for k := o + 1; k < rel; k++ {
		if !underOblique(ws, k, h) {
			return
		}
	}
	ws[v].Head = o + 1
}

// underOblique reports whether word k lies in an oblique of verb h.
func underOblique(ws []language.Word, k, h int) bool {
	for hops := 0; k >= 0 && hops < len(ws); hops++ {
		if ws[k].Head == h+1 {
			return strings.HasPrefix(ws[k].Deprel, "obl")
		}
		k = ws[k].Head - 1
	}
	return false
}
