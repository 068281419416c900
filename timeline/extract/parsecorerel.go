package extract

// Repairs of a verb's core relations (see repairParse): a bare pair after
// a verb is its object, and a passive verb's subject is a passive one.

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

// passiveSubject makes the subject of passive verb v a passive subject
// where the parse left it an active one ("The Astros were also fined $5m
// and lost four draft picks" made "$5m were fined by The Astros"): a verb
// with a passive auxiliary has a passive subject, whatever else the
// parse hung on it.
func passiveSubject(ws []language.Word, v int) {
	if ws[v].UPOS != "VERB" || !hasRelation(ws, v, "aux:pass") {
		return
	}
	for k := range v {
		if ws[k].Head == v+1 && ws[k].Deprel == "nsubj" {
			ws[k].Deprel = "nsubj:pass"
		}
	}
}
