package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline/language"
)

// bareInfinitiveTakers are the verbs English lets a bare infinitive follow
// ("helped rebuild the port", "let them go", "saw him fall"): after any
// other, a bare "verb" is no verb.
var bareInfinitiveTakers = map[string]bool{
	"help": true, "make": true, "let": true, "have": true, "see": true, "watch": true,
	"hear": true, "feel": true, "bid": true, "dare": true, "need": true, "go": true, "come": true,
}

// bareVerbModifier mends a noun the tagger read as a bare verb between a
// transitive verb and the name it modifies: in "to acquire rival FTX"
// the rival is what FTX is, not a second deed, and read as a verb it took
// the object and the rest of the clause ("on Wednesday") from the verb
// before it. A bare infinitive right after a verb that takes none, with a
// name right after it, is that name's modifier; the name becomes the
// verb's object and the verb takes back what hung on the word.
func bareVerbModifier(ws []language.Word, v int) {
	h := ws[v].Head - 1
	if h != v-1 || ws[v].XPOS != "VB" || ws[v].Deprel != "xcomp" || ws[h].UPOS != "VERB" || v+1 >= len(ws) {
		return
	}
	if bareInfinitiveTakers[strings.ToLower(ws[h].Lemma)] || ws[v+1].UPOS != "PROPN" || ws[v+1].Head != v+1 || ws[v+1].Deprel != "obj" {
		return
	}
	if hasRelation(ws, v, "mark") || hasRelation(ws, v, "aux") || hasRelation(ws, h, "obj") {
		return // "to rival them", or the verb before has its object: a verb after all
	}
	ws[v].UPOS, ws[v].XPOS, ws[v].Feats = "NOUN", "NN", "Number=Sing"
	ws[v].Head, ws[v].Deprel = v+2, "compound"
	ws[v+1].Head = h + 1
	for k := range ws {
		if ws[k].Head == v+1 && k != v+1 {
			ws[k].Head = h + 1
		}
	}
}
