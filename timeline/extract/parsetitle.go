package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline/language"
)

// titledName mends a person's name after the title that introduces it,
// which the parse split from its title: in "World Athletics banned
// Olympic sprint champion Mara Kessler for four years" the champion is
// the object and the name a loose oblique, and in "reduced Olympic
// champion Mara Kessler's doping ban" the ban hangs on the champion; the
// one banned is then a title without a name, and the ban reduced is the
// champion's object. A singular common noun object or subject right
// before a person's name (the entity tagger's B-PER, or, with no
// tagger, two or more proper nouns) is the name's title: the name takes the title's place and the title becomes its
// compound, and the words before the title the name's; a possessed noun the parse hung on the title goes back to
// the title's head.
func titledName(ws []language.Word, t int) {
	if t+1 >= len(ws) || ws[t].UPOS != "NOUN" || ws[t].XPOS != "NN" || ws[t+1].UPOS != "PROPN" || ws[t+1].Entity != "" && ws[t+1].Entity != "B-PER" {
		return
	}
	switch ws[t].Deprel {
	case "obj", "nsubj", "nsubj:pass", "iobj":
	default:
		return
	}
	end := t + 1 // the name's last word
	for end+1 < len(ws) && ws[end+1].UPOS == "PROPN" && ws[end+1].Entity == strings.Replace(ws[t+1].Entity, "B-", "I-", 1) {
		end++
	}
	if end == t+1 && ws[t+1].Entity == "" {
		return // one capitalised word with no entity tag may be a day, a place or a brand
	}
	h := -1 // the name's head word, the one word of it hung outside it
	for k := t + 1; k <= end; k++ {
		if p := ws[k].Head - 1; p < t+1 || p > end {
			if h >= 0 {
				return
			}
			h = k
		}
	}
	if h < 0 {
		return
	}
	v := ws[t].Head - 1
	switch {
	case ws[h].Head-1 == v && v >= 0 && !hasRelation(ws, h, "case") && (ws[h].Deprel == "obl" || ws[h].Deprel == "dep" || ws[h].Deprel == "obj" || ws[h].Deprel == "iobj"):
		// "banned Olympic sprint champion Mara Kessler"
		ws[h].Head, ws[h].Deprel = ws[t].Head, ws[t].Deprel
	case ws[h].Head-1 == t && (ws[h].Deprel == "appos" || ws[h].Deprel == "flat") && !hasRelation(ws, h, "case"):
		// The name as the title's apposition with no comma between:
		// the name is the one banned.
		ws[h].Head, ws[h].Deprel = ws[t].Head, ws[t].Deprel
	case ws[h].Deprel == "nmod:poss" && ws[h].Head-1 > end && ws[ws[h].Head-1].Head-1 == t:
		// "reduced Olympic champion Mara Kessler's doping ban"
		n := ws[h].Head - 1
		ws[n].Head, ws[n].Deprel = ws[t].Head, ws[t].Deprel
	default:
		return
	}
	ws[t].Head, ws[t].Deprel = h+1, "compound"
	for k := range ws {
		if ws[k].Head == t+1 && (k < t || k > end) {
			// "Olympic sprint": the title's words are the name's too,
			// and so is a clause after the name ("Brentford manager
			// Thomas Frank, who worked with him").
			ws[k].Head = h + 1
		}
	}
}

// listedName mends a subject the parse split at its title: in "Dravian
// Prime Minister Anton Weiss lost a vote" the demonym is the subject and
// the name hangs on it as a list item, so that no one named lost the
// vote. A proper noun the parse lists under the subject, with no comma
// or conjunction between them, is the subject's head: it takes the
// subject's place, and the subject becomes its modifier.
func listedName(ws []language.Word, k int) {
	n := ws[k].Head - 1
	if n < 0 || n >= k || ws[k].UPOS != "PROPN" || ws[k].Deprel != "list" && ws[k].Deprel != "dep" {
		return
	}
	if ws[n].Deprel != "nsubj" && ws[n].Deprel != "nsubj:pass" || ws[n].UPOS != "PROPN" && ws[n].UPOS != "ADJ" {
		return
	}
	for j := n + 1; j < k; j++ {
		if ws[j].UPOS == "PUNCT" || ws[j].UPOS == "CCONJ" || ws[j].Head-1 < n || ws[j].Head-1 > k {
			return
		}
	}
	ws[k].Head, ws[k].Deprel = ws[n].Head, ws[n].Deprel
	ws[n].Head, ws[n].Deprel = k+1, "amod"
}
