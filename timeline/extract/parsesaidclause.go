package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline/language"
)

// saidObjectClause mends a reported clause the parse read as the object
// of "said" with a participle on it: in "Witnesses said four men climbed
// over the wall and fired shots", the men became what was said, their
// climbing a participle describing them, and the firing a second deed of
// the witnesses. "Say" takes a clause, not a described thing, so with no
// other clause said, the participle is the clause's verb and the noun its
// subject; a past verb joined after the clause, with no subject of its
// own and no saying, goes on from the clause ("and fired shots").
func saidObjectClause(ws []language.Word, v int) {
	if !strings.EqualFold(ws[v].Lemma, "say") || ws[v].UPOS != "VERB" || hasRelation(ws, v, "ccomp") {
		return
	}
	n := -1
	for k := v + 1; k < len(ws); k++ {
		if ws[k].Head == v+1 && ws[k].Deprel == "obj" && (ws[k].UPOS == "NOUN" || ws[k].UPOS == "PROPN") {
			n = k
			break
		}
	}
	if n < 0 {
		return
	}
	c := -1
	for k := n + 1; k < len(ws); k++ {
		if ws[k].Head == n+1 && ws[k].Deprel == "acl" && ws[k].UPOS == "VERB" && (ws[k].XPOS == "VBN" || ws[k].XPOS == "VBD") &&
			strings.HasSuffix(strings.ToLower(ws[k].Form), "ed") {
			c = k
			break
		}
	}
	if c < 0 {
		return
	}
	for _, rel := range []string{"aux", "aux:pass", "nsubj", "nsubj:pass", "mark"} {
		if hasRelation(ws, c, rel) {
			return
		}
	}
	ws[n].Head, ws[n].Deprel = c+1, "nsubj"
	ws[c].Head, ws[c].Deprel, ws[c].XPOS = v+1, "ccomp", "VBD"
	for k := c + 1; k < len(ws); k++ {
		if ws[k].Head == v+1 && ws[k].Deprel == "conj" && ws[k].UPOS == "VERB" && ws[k].XPOS == "VBD" &&
			!reportingVerb(ws[k].Lemma) && !hasRelation(ws, k, "nsubj") && !hasRelation(ws, k, "nsubj:pass") && !commaBetween(ws, c, k) {
			ws[k].Head = c + 1
		}
	}
}
