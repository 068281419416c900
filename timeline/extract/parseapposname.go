package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline/language"
)

// News names a person beside a phrase that describes them, and the
// parse often hangs the name where it names no one who acts.

// partitiveName mends "The last of the miners, Gus Holm, was winched to
// the surface" and "The leader of the climbers, Anna Berg, said …",
// which the parse (or apposedSecondSubject, which names the last noun)
// reads with the name as the apposition of the plural noun inside the
// "of" phrase. One person's name is no apposition of a plural: it is
// the one the head of the phrase picks out of them ("the last", "the
// leader"), and so the one who acts. Names joined by "and" are left to
// the plural ("the families of the detained journalists, Karim Hollis
// and Nadia Ferro").
func partitiveName(ws []language.Word, k int) {
	h := ws[k].Head - 1
	if ws[k].UPOS != "PROPN" || ws[k].Deprel != "appos" || h < 0 || h > k || hasRelation(ws, k, "conj") {
		return
	}
	if ws[h].UPOS != "NOUN" || !strings.Contains(ws[h].Feats, "Number=Plur") || !ofPhrase(ws, h) {
		return
	}
	g := ws[h].Head - 1
	if g < 0 || g > h || strings.Contains(ws[g].Feats, "Number=Plur") {
		return
	}
	switch ws[g].UPOS {
	case "NOUN", "ADJ", "NUM", "PRON":
		ws[k].Head = g + 1
	}
}

// ofPhrase reports whether noun h hangs on a word before it by "of".
func ofPhrase(ws []language.Word, h int) bool {
	if ws[h].Deprel != "nmod" && ws[h].Deprel != "obl" {
		return false
	}
	for j := range h {
		if ws[j].Head == h+1 && ws[j].Deprel == "case" && strings.EqualFold(ws[j].Form, "of") {
			return true
		}
	}
	return false
}

// frontedDescription mends "The son of Swedish farmers, Gus Holm studied
// law", which the parse reads with two subjects of "studied": the
// description that opens the sentence, set off by a comma, and the name
// right after it. The description (with its article: "A former
// teacher, Anna Berg …") is the name's, which acts.
func frontedDescription(ws []language.Word, v int) {
	if ws[v].UPOS != "VERB" {
		return
	}
	first, second := twoAnySubjects(ws, v)
	if second < 1 || ws[first].UPOS != "NOUN" || ws[second].UPOS != "PROPN" {
		return
	}
	if !hasRelation(ws, first, "det") && !hasRelation(ws, first, "nmod:poss") {
		return // "Summit Entertainment, LLC plans …": a name, no description
	}
	lo := second
	for lo > 0 && under(ws, lo-1, second) && ws[lo-1].Form != "," {
		lo--
	}
	if c := lo - 1; c < 1 || ws[c].Form != "," || !spanUnder(ws, 0, c, first) {
		return // the description alone opens the sentence
	}
	for k := second + 1; k < v; k++ {
		if ws[k].Form == "," {
			return // "…, Gus Holm, studied": apposedSecondSubject's
		}
	}
	ws[first].Head, ws[first].Deprel = second+1, "appos"
}

// spanUnder reports whether the words from..to-1 all lie under word k.
func spanUnder(ws []language.Word, from, to, k int) bool {
	for j := from; j < to; j++ {
		if !under(ws, j, k) {
			return false
		}
	}
	return true
}
