package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline/language"
)

// placeAsSecondSubject mends a subject whose place the parser read as a
// clause of its own: in "The roof of a tunnel near Dubova caved in on
// Monday" it marks "near" as a subordinator and makes Dubova a second
// subject of "caved", so that the place caved in. A verb with two
// subjects, the later one opened by a preposition of place that never
// opens a clause, gets that phrase back as a modifier of the last noun of
// the first subject's phrase.
func placeAsSecondSubject(ws []language.Word, v int) {
	first, second := -1, -1
	for k := range ws {
		if ws[k].Head != v+1 || ws[k].Deprel != "nsubj" && ws[k].Deprel != "nsubj:pass" {
			continue
		}
		if first < 0 {
			first = k
		} else if second < 0 {
			second = k
		}
	}
	if second < 0 || second > v {
		return
	}
	m := -1
	for k := first + 1; k < second; k++ {
		if ws[k].Head == v+1 && ws[k].Deprel == "mark" && placePreposition[strings.ToLower(ws[k].Form)] {
			m = k
		}
	}
	if m < 0 {
		return
	}
	for k := m + 1; k < second; k++ {
		if ws[k].Head != second+1 {
			return // more than the place's own words between: a clause after all
		}
	}
	n := -1
	for k := first; k < m; k++ {
		if (ws[k].UPOS == "NOUN" || ws[k].UPOS == "PROPN") && under(ws, k, first) {
			n = k
		}
	}
	if n < 0 {
		return
	}
	ws[second].Head, ws[second].Deprel = n+1, "nmod"
	ws[m].Head, ws[m].Deprel, ws[m].UPOS = second+1, "case", "ADP"
}

// placePreposition are prepositions of place that never open a clause.
var placePreposition = set("near outside inside off across along behind beside beneath under above below beyond opposite")
