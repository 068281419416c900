package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline/language"
)

// comparedSubject mends a subject measured by "as … as" whose main verb
// the parse hung inside the comparison: in "A ship as long as four
// football fields ran aground" the ship ran aground; the parse leaves
// the ship as the sentence's root and makes the fields the subject of
// "ran", a clause of "as long". A root noun with an "as ADJ" modifier
// whose clause, marked by "as", has a finite verb with a subject of its
// own, gets that verb as its sentence's: the noun is its subject, and
// the verb's subject is what the noun is compared with.
func comparedSubject(ws []language.Word, v int) {
	comparedSecondSubject(ws, v)
	a := ws[v].Head - 1
	if a < 1 || ws[v].UPOS != "VERB" || ws[v].Deprel != "advcl" || ws[v].XPOS != "VBD" && ws[v].XPOS != "VBZ" && ws[v].XPOS != "VBP" {
		return
	}
	n := ws[a].Head - 1
	if n < 0 || n >= a || ws[n].Head != 0 || ws[n].UPOS != "NOUN" && ws[n].UPOS != "PROPN" ||
		ws[a].UPOS != "ADJ" && ws[a].UPOS != "ADV" || !strings.EqualFold(ws[a-1].Form, "as") || ws[a-1].Head != a+1 {
		return
	}
	mark, m := -1, -1
	for k := a + 1; k < v; k++ {
		switch {
		case ws[k].Head == v+1 && ws[k].Deprel == "mark" && strings.EqualFold(ws[k].Form, "as"):
			mark = k
		case ws[k].Head == v+1 && ws[k].Deprel == "nsubj":
			m = k
		}
	}
	if mark != a+1 || m < 0 {
		return
	}
	ws[v].Head, ws[v].Deprel = 0, "root"
	makeSubject(ws, n, v)
	ws[m].Head, ws[m].Deprel = a+1, "obl"
	ws[mark].Head, ws[mark].Deprel = m+1, "case"
	for k := v + 1; k < len(ws); k++ {
		if ws[k].Head == n+1 {
			ws[k].Head = v + 1 // the stop, and what follows the verb
		}
	}
}

// comparedSecondSubject mends the other reading of it: both nouns the
// subjects of the verb, the second "as" the verb's mark or the second
// noun's ("A tanker as long as three football fields ran aground").
func comparedSecondSubject(ws []language.Word, v int) {
	if ws[v].UPOS != "VERB" {
		return
	}
	n, m := twoSubjects(ws, v)
	if m < 0 || n+3 >= m {
		return
	}
	a := n + 2
	if !strings.EqualFold(ws[n+1].Form, "as") || ws[a].Head != n+1 || ws[a].UPOS != "ADJ" && ws[a].UPOS != "ADV" ||
		!strings.EqualFold(ws[a+1].Form, "as") || !(ws[a+1].Head == v+1 && ws[a+1].Deprel == "mark" || ws[a+1].Head == m+1 && ws[a+1].Deprel == "case") {
		return
	}
	for k := a + 2; k < m; k++ {
		if ws[k].Head != m+1 {
			return // the compared noun's own words only: "three football fields"
		}
	}
	ws[m].Head, ws[m].Deprel = a+1, "obl"
	ws[a+1].Head, ws[a+1].Deprel = m+1, "case"
}
