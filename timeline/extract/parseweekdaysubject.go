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
// the verb's time and the noun the verb hung on, the sentence's root, its
// subject. Before a participle the day is the time of the verb whose
// object the participle's noun is: "unsealed an indictment on Tuesday
// charging him".
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
	if ws[v].XPOS == "VBG" || ws[v].XPOS == "VBN" {
		// "unsealed an indictment on Tuesday charging him": the
		// participle stays the noun's; the day is the unsealing's.
		if g := ws[n].Head - 1; g >= 0 && ws[g].UPOS == "VERB" && ws[n].Deprel == "obj" {
			ws[k].Head = g + 1
		} else {
			ws[k].Head = v + 1
		}
		return
	}
	if ws[n].Deprel != "root" {
		ws[k].Head = v + 1
		return // a finite verb on a noun that is another's argument: only the day is mended
	}
	ws[v].Head, ws[v].Deprel = ws[n].Head, ws[n].Deprel
	ws[n].Head, ws[n].Deprel = v+1, "nsubj"
	for j := v + 1; j < len(ws); j++ {
		if ws[j].Head == n+1 && (ws[j].Deprel == "punct" || ws[j].Deprel == "conj" && ws[j].UPOS == "VERB") {
			ws[j].Head = v + 1 // the full stop, a verb coordinated with the clause: the clause's
		}
	}
}
