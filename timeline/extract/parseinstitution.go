package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline/language"
)

// institutionAfterTo mends a noun of the place one is taken or turns to
// that the tagger read as an infinitive after "to": in "surrendered to
// police", "handed the gun to police", "the case went to court", "was
// sent to jail", the parse made a deed of policing, courting or jailing,
// an event of its own with the surrendering man as its doer. Only such a
// word with nothing it acts on is mended ("sent to police the border"
// keeps its verb); it becomes an oblique of the word it hung on, "to" its
// case, and the times and clauses that hung on it go back to that word.
func institutionAfterTo(ws []language.Word, v int) {
	if v == 0 || ws[v].XPOS != "VB" || !institutionNoun(ws[v].Lemma) || !strings.EqualFold(ws[v-1].Form, "to") || ws[v-1].Head != v+1 {
		return
	}
	h := ws[v].Head - 1
	if h < 0 || h > v {
		return
	}
	if hasDependentAs(ws, v, "aux", "nsubj", "nsubj:pass", "obj", "iobj", "ccomp", "xcomp", "aux:pass", "compound:prt") {
		return // a verb after all: "to police the border", "to court voters"
	}
	asObliqueNoun(ws, v, h)
	ws[v-1].UPOS, ws[v-1].XPOS, ws[v-1].Deprel = "ADP", "IN", "case"
	for k := range ws {
		if ws[k].Head == v+1 && k > v && ws[k].Deprel != "punct" {
			ws[k].Head = h + 1 // "to police on Monday": the day is the surrender's
			if ws[h].UPOS == "NOUN" && ws[k].Deprel == "obl" {
				ws[k].Deprel = "nmod"
			}
		}
	}
}

// institutionNoun reports whether lemma names a body or place one is
// handed to and is spelled like a verb.
func institutionNoun(lemma string) bool {
	switch strings.ToLower(lemma) {
	case "police", "court", "jail":
		return true
	}
	return false
}
