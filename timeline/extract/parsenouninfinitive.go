package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline/language"
	wn "github.com/storyline/storyline/timeline/lexicon"
)

// nounInfinitive mends an infinitive the tagger read as a noun after
// "to" because the word is one too: "vowed to hunt down those
// responsible", "dropped out of college at 19 to found Ostlabs". A bare
// word that is also a verb, with nothing of a noun (no determiner,
// possessive or adjective), is an infinitive when a verb that takes one
// governs it or when the parse gave it what only a verb has: a particle,
// or a name hung flat on a lower-case word, which is its object. Then a
// particle and an object the parse gave the verb before, past the word,
// are the infinitive's. Without it the summary reads "vowed down to
// hunt", or the founding is lost.
func nounInfinitive(ws []language.Word, k int) {
	if k == 0 || ws[k].UPOS != "NOUN" || ws[k].XPOS != "NN" || !strings.EqualFold(ws[k-1].Form, "to") || ws[k-1].Head != k+1 {
		return
	}
	lemma := strings.ToLower(ws[k].Form)
	if lemma != ws[k].Form || lemma != strings.ToLower(ws[k].Lemma) || wn.VerbClass(lemma) == "" {
		return
	}
	object := -1
	for j := range ws {
		if ws[j].Head != k+1 || j == k-1 {
			continue
		}
		if j < k || object >= 0 || ws[j].Deprel != "flat" && ws[j].Deprel != "compound:prt" || ws[j].Deprel == "flat" && ws[j].UPOS != "PROPN" {
			return // "to the hunt", "to a fight": a noun's phrase
		}
		object = j
	}
	v := ws[k].Head - 1
	for v >= 0 && ws[v].UPOS != "VERB" {
		v = ws[v].Head - 1
	}
	if v < 0 || v > k {
		return
	}
	taking := infinitiveTaking[strings.ToLower(ws[v].Lemma)]
	if !taking && object < 0 || taking && ws[k].Head != v+1 {
		return
	}
	if object < 0 && !verbPast(ws, v, k) {
		return // "was moved to bronze": nothing but the verb before says it is one
	}
	ws[k].UPOS, ws[k].XPOS, ws[k].Lemma, ws[k].Feats = "VERB", "VB", lemma, "VerbForm=Inf"
	ws[k].Head, ws[k].Deprel = v+1, "advcl" // "at 19 to found": the purpose of the clause's verb
	if taking {
		ws[k].Deprel = "xcomp"
	}
	ws[k-1].UPOS, ws[k-1].XPOS, ws[k-1].Deprel = "PART", "TO", "mark"
	if object >= 0 && ws[object].Deprel == "flat" {
		ws[object].Deprel = "obj"
		for j := object + 1; j < len(ws); j++ {
			if ws[j].Head == k+1 && ws[j].Deprel == "flat" {
				ws[j].Head = object + 1 // the rest of the name
			}
		}
	}
	for j := k + 1; j < len(ws); j++ {
		if ws[j].Head != v+1 {
			continue
		}
		switch {
		case ws[j].Deprel == "compound:prt", ws[j].Deprel == "obj":
			ws[j].Head = k + 1
		case ws[j].Deprel == "conj" && !hasRelation(ws, j, "cc") && ws[j-1].Form != ",":
			ws[j].Head, ws[j].Deprel = k+1, "obj" // "hunt down those responsible"
		}
	}
}

// verbPast reports whether verb v has, right after word k, a particle or
// an object that the parse gave it past k, which only a verb at k can
// take: "vowed to hunt down those responsible".
func verbPast(ws []language.Word, v, k int) bool {
	if k+1 >= len(ws) || ws[k+1].Head != v+1 || hasRelation(ws, v, "aux:pass") {
		return false
	}
	switch ws[k+1].Deprel {
	case "compound:prt", "obj":
		return true
	}
	return false
}
