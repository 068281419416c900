package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline/language"
)

// conjunctParticiple mends a participle right after a noun that the parse
// coordinated with the main verb, with no "and" and no subject: in "has
// approved the acquisition, removing the last hurdle for a deal first
// announced in January" the parse reads "announced" as a second main
// verb, hangs "removing" under it, and so dates the approval by the
// announcement. The participle is the noun's reduced relative ("a deal
// announced in January"); what it took from before the noun goes back to
// the main verb.
func conjunctParticiple(ws []language.Word, x int) {
	h := ws[x].Head - 1
	if ws[x].Deprel != "conj" || h < 0 || h > x || ws[x].UPOS != "VERB" || ws[x].XPOS != "VBD" && ws[x].XPOS != "VBN" ||
		!strings.HasSuffix(strings.ToLower(ws[x].Form), "ed") {
		return
	}
	for _, rel := range []string{"cc", "nsubj", "nsubj:pass", "aux", "aux:pass", "obj", "mark"} {
		if hasRelation(ws, x, rel) {
			return
		}
	}
	n := x - 1
	for n > h && ws[n].Head == x+1 && ws[n].Deprel == "advmod" {
		n-- // "first announced", "originally planned"
	}
	if n <= h || ws[n].UPOS != "NOUN" || !inPhrase(ws, n) {
		return // "as the first images arrived": a subject, no phrase's noun
	}
	if under(ws, n, x) {
		// The parse hung the clause the noun is in under the
		// participle: that goes back to the main verb.
		var moved []int
		for k := h + 1; k < n; k++ {
			if ws[k].Head == x+1 {
				moved = append(moved, k)
			}
		}
		for _, k := range moved {
			ws[k].Head = h + 1
		}
		if under(ws, n, x) {
			for _, k := range moved {
				ws[k].Head = x + 1 // the noun still hangs under it: leave the parse as it was
			}
			return
		}
	}
	ws[x].Head, ws[x].Deprel, ws[x].XPOS = n+1, "acl", "VBN"
}

// inPhrase reports whether noun n is the object of a preposition that
// ends a noun or verb phrase ("a hurdle for a deal", "the text of a
// plan"), not a conjunction the parse took for one ("as the images").
func inPhrase(ws []language.Word, n int) bool {
	for k := range n {
		if ws[k].Head == n+1 && ws[k].Deprel == "case" {
			return phrasePreps[strings.ToLower(ws[k].Form)]
		}
	}
	return false
}

var phrasePreps = set("for of to on with from about over against in at into under behind")
