package extract

import "github.com/storyline/storyline/timeline/language"

// preconjObject makes noun n the object of the verb before it when the
// parse took it for an oblique though no preposition marks it and it
// opens on "both", "either" or "neither" ("Crane fired both men the same
// afternoon" made the firing a shot at no one): a bare noun phrase of a
// pair after a verb with no object is what the verb acts on.
func preconjObject(ws []language.Word, n int) {
	v := ws[n].Head - 1
	if ws[n].Deprel != "obl" || v < 0 || v > n || ws[v].UPOS != "VERB" || ws[n].UPOS != "NOUN" && ws[n].UPOS != "PRON" {
		return
	}
	if !hasRelation(ws, n, "cc:preconj") || hasRelation(ws, n, "case") || hasRelation(ws, v, "obj") {
		return
	}
	for k := v + 1; k < n; k++ {
		if ws[k].Head != n+1 && ws[k].Deprel != "cc:preconj" {
			return // only the pair's words between the verb and the noun
		}
	}
	ws[n].Deprel = "obj"
}
