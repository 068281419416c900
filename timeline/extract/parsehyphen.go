package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/timeline/language"
)

// hyphenatedName mends a double-barrelled surname the tokenizer split at
// its hyphen when the tagger read the second half as a word of its own:
// "Bankman-Fried resigned" is a name, not "Bankman" and a verb "fried"
// heading the clause with "resigned" under it. A capitalised word joined
// by a hyphen, with no space, to a proper noun, is the rest of that name;
// the role the parse gave the second half is the name's.
func hyphenatedName(ws []language.Word) {
	for k := 2; k < len(ws); k++ {
		if ws[k].UPOS == "PROPN" || ws[k-1].Form != "-" || ws[k-2].UPOS != "PROPN" ||
			ws[k-1].Start != ws[k-2].End || ws[k].Start != ws[k-1].End || !capitalised(ws[k].Form) {
			continue
		}
		mergeHyphenated(ws, k)
	}
}

func capitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// mergeHyphenated makes ws[k] the last word of the name before its
// hyphen, whose head word takes ws[k]'s place in the sentence.
func mergeHyphenated(ws []language.Word, k int) {
	h := k - 2
	for steps := 0; steps < 4; steps++ {
		p := ws[h].Head - 1
		if p < 0 || p >= k-1 || p < h-3 || ws[p].UPOS != "PROPN" {
			break
		}
		h = p // "Sam Bankman": the name's first word heads it
	}
	role, rel := ws[k].Head-1, ws[k].Deprel
	clausal := ws[k].UPOS == "VERB" || ws[k].UPOS == "AUX"
	switch strings.SplitN(rel, ":", 2)[0] {
	case "nsubj", "obj", "iobj", "obl", "nmod", "appos", "conj", "compound", "flat":
		clausal = false // the parse gave the verb it saw a noun's place: it is the name's
	}
	for j := h - 1; j >= 0 && ws[j].UPOS == "PROPN" && ws[j].Head == k+1; j-- {
		// A title or first name the parse hung on the second half:
		// "Ms. Marsh-Fried".
		ws[j].Head, ws[j].Deprel = h+1, "flat"
		if strings.HasSuffix(ws[j].Form, ".") {
			ws[j].Deprel = "nmod:desc"
		}
	}
	for j := range ws {
		if j != h && j != k && ws[j].Head == k+1 {
			ws[j].Head = h + 1
		}
	}
	if ws[h].Head == k+1 || ws[h].Head-1 == role || role < 0 {
		ws[h].Head, ws[h].Deprel = role+1, rel
	}
	ws[k].Head, ws[k].Deprel = h+1, "flat"
	ws[k].UPOS, ws[k].XPOS, ws[k].Lemma, ws[k].Feats = "PROPN", "NNP", ws[k].Form, "Number=Sing"
	ws[k-1].Head, ws[k-1].Deprel = k+1, "punct"
	if clausal {
		nameInClause(ws, h, k)
	}
}

// nameInClause gives the name at h, ending at k, a nominal role where the
// parse had given its second half a clause's: the subject of the verb it
// hung on, or of the verb that hung on it.
func nameInClause(ws []language.Word, h, k int) {
	v := ws[h].Head - 1
	if v < 0 {
		// The name was the sentence's root: the first verb after it
		// that hung on it is the sentence's.
		for j := k + 1; j < len(ws) && v < 0; j++ {
			if ws[j].Head == h+1 && ws[j].UPOS == "VERB" {
				v = j
			}
		}
		if v < 0 {
			return
		}
		ws[v].Head, ws[v].Deprel = 0, "root"
		if ws[v].XPOS == "VBN" && !hasRelation(ws, v, "aux") && !hasRelation(ws, v, "aux:pass") {
			ws[v].XPOS, ws[v].Feats = "VBD", "Mood=Ind|Tense=Past|VerbForm=Fin"
		}
		for j := range ws {
			if j > k && j != v && ws[j].Head == h+1 && ws[j].Deprel != "appos" {
				ws[j].Head = v + 1
			}
		}
		ws[h].Head = v + 1
	}
	switch {
	case ws[v].UPOS == "VERB" && h < v && !hasRelation(ws, v, "nsubj") && !hasRelation(ws, v, "nsubj:pass"):
		ws[h].Deprel = "nsubj"
		if hasRelation(ws, v, "aux:pass") {
			ws[h].Deprel = "nsubj:pass"
		}
	case ws[v].UPOS == "VERB" && h > v && !hasRelation(ws, v, "obj"):
		ws[h].Deprel = "obj"
		// What followed the name ("with fraud", "on Tuesday") is the
		// verb's, not the name's.
		for j := k + 1; j < len(ws); j++ {
			if ws[j].Head == h+1 {
				ws[j].Head = v + 1
			}
		}
	case ws[v].UPOS == "NOUN" || ws[v].UPOS == "PROPN":
		ws[h].Deprel = "appos"
	default:
		ws[h].Deprel = "dep"
	}
}
