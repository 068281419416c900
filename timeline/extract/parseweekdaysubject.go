package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline/language"
)

// weekdaySubject mends a day the parse took for the subject of the verb
// after it: in "Prosecutors in Ostburg on Tuesday charged Carl Dahl" it
// reads "on" as a clause's mark, "Tuesday" as the one who charged, and
// the verb as a modifier of "Prosecutors", so that nobody named charged
// anyone. "On" never opens a clause, and a day does nothing: the day is
// the verb's time and the noun the verb hung on its subject.
func weekdaySubject(ws []language.Word, k int) {
	if k == 0 || !weekday(ws[k].Lemma) || ws[k].Deprel != "nsubj" || !strings.EqualFold(ws[k-1].Form, "on") || ws[k-1].Head != ws[k].Head {
		return
	}
	v := ws[k].Head - 1
	if v != k+1 || ws[v].UPOS != "VERB" || ws[v].Deprel != "acl" {
		return
	}
	n := ws[v].Head - 1
	if n < 0 || n >= k-1 || ws[n].UPOS != "NOUN" && ws[n].UPOS != "PROPN" {
		return
	}
	ws[k].Deprel = "obl"
	ws[k-1].Head, ws[k-1].Deprel = k+1, "case"
	ws[v].Head, ws[v].Deprel = ws[n].Head, ws[n].Deprel
	ws[n].Head, ws[n].Deprel = v+1, "nsubj"
	for j := v + 1; j < len(ws); j++ {
		if ws[j].Head == n+1 && (ws[j].Deprel == "punct" || ws[j].Deprel == "conj" && ws[j].UPOS == "VERB") {
			ws[j].Head = v + 1 // the full stop, a verb coordinated with the clause: the clause's
		}
	}
}
