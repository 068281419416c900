package extract

import (
	"slices"
	"strings"

	"github.com/storyline/storyline/timeline/language"
)

// News measures time from an event with a bare unit: "Minutes after the
// vote, Anna Berg, the party's deputy, was named leader", "was signed by
// Carl Dahl hours before the deadline". The parser takes the unit for a
// thing: the subject of the verb ("Minutes was named"), with the one who
// was named hung on the vote as its apposition; or the head of the "by"
// phrase, with the name as its modifier ("Dahl hours was signed").

// measuredOpener mends a sentence opened by a unit of time and its
// "after" or "before" phrase that the parse made verb v's subject while
// the noun phrase after the comma, hung inside the opener, runs up to v:
// that phrase is v's subject, and the measure says when.
func measuredOpener(ws []language.Word, v int) {
	if ws[v].UPOS != "VERB" {
		return
	}
	m := -1
	for k := range v {
		if ws[k].Head == v+1 && (ws[k].Deprel == "nsubj" || ws[k].Deprel == "nsubj:pass") {
			m = k
		}
	}
	if m < 0 || ws[m].UPOS != "NOUN" || !timeUnit(ws[m].Lemma) && !strings.EqualFold(ws[m].Lemma, "moment") || !measuredFrom(ws, m) {
		return
	}
	comma := -1
	for k := m + 1; k < v; k++ {
		if ws[k].UPOS == "VERB" || ws[k].UPOS == "AUX" && ws[k].Head != v+1 {
			return // "Minutes after the polls closed, …": a clause (measuredClause)
		}
		if ws[k].Form == "," {
			comma = k
			break
		}
	}
	if comma < 0 || comma+1 >= v {
		return
	}
	a := comma + 1
	if ws[a].UPOS != "NOUN" && ws[a].UPOS != "PROPN" && ws[a].UPOS != "PRON" {
		return
	}
	if h := ws[a].Head - 1; h > a || h < m || !under(ws, h, m) {
		return // the phrase after the comma must hang inside the opener
	}
	// The phrase runs up to v; a second apposition ("a close ally of
	// Anna Berg") may hang where the first did.
	var more []int
	for j := a + 1; j < v; j++ {
		if ws[j].Head-1 == ws[a].Head-1 && (ws[j].Deprel == "appos" || ws[j].Deprel == "conj") {
			more = append(more, j)
		}
	}
	for j := a + 1; j < v; j++ {
		if ws[j].Head-1 != v && ws[j].UPOS != "PUNCT" && !under(ws, j, a) && !slices.ContainsFunc(more, func(b int) bool { return under(ws, j, b) }) {
			return
		}
	}
	for _, j := range more {
		ws[j].Head = a + 1
	}
	makeSubject(ws, a, v)
	ws[m].Head, ws[m].Deprel = v+1, "obl:npmod"
}

// measuredFrom reports whether unit m has an "after" or "before" phrase
// of its own: "minutes after the vote".
func measuredFrom(ws []language.Word, m int) bool {
	for k := m + 1; k < len(ws); k++ {
		if ws[k].Head == m+1 && ws[k].Deprel == "nmod" {
			for j := m + 1; j < k; j++ {
				if ws[j].Head == k+1 && ws[j].Deprel == "case" && (strings.EqualFold(ws[j].Form, "after") || strings.EqualFold(ws[j].Form, "before")) {
					return true
				}
			}
		}
	}
	return false
}

// nameOnMeasure mends a name the parse made the modifier of a unit of
// time right after it, when the unit measures from an event ("hours
// before the deadline", "days later"): in "was signed by Carl Dahl hours
// before the deadline" Carl Dahl signed, and the hours say when. The name
// takes the unit's place and prepositions; the unit measures the verb.
func nameOnMeasure(ws []language.Word, k int) {
	if k < 1 || k+1 >= len(ws) || ws[k].UPOS != "NOUN" || !timeUnit(ws[k].Lemma) {
		return
	}
	n := -1 // the name's head, its last word right before the unit
	for j := range k {
		if ws[j].Head == k+1 && ws[j].Deprel == "compound" && ws[j].UPOS == "PROPN" && under(ws, k-1, j) {
			n = j
		}
	}
	if n < 0 {
		return
	}
	switch strings.ToLower(ws[k+1].Form) {
	case "before", "after", "later", "earlier":
	default:
		return
	}
	h := ws[k].Head - 1
	if h < 0 || ws[h].UPOS != "VERB" {
		return
	}
	for j := range n {
		if ws[j].Head == k+1 && ws[j].Deprel == "case" {
			ws[j].Head = n + 1 // "by": the name's
		}
	}
	ws[n].Head, ws[n].Deprel = ws[k].Head, ws[k].Deprel
	ws[k].Head, ws[k].Deprel = h+1, "obl:npmod"
}
