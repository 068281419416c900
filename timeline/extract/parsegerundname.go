package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline/language"
	wn "github.com/storyline/storyline/timeline/lexicon"
)

// gerundName mends a capitalised name ending in -ing that the tagger read
// as a gerund ("Boeing", lemma "boe"): in "Boeing workers voted to
// strike" the workers became what was being "boe"d and the vote lost its
// subject. A capitalised -ing word WordNet has no verb for is a name: it
// becomes a proper noun modifying the noun the parse made its object,
// and that noun takes its place in the sentence (the vote's subject).
func gerundName(ws []language.Word, k int) {
	w := ws[k]
	if w.XPOS != "VBG" || len(w.Form) < 4 || w.Form[0] < 'A' || w.Form[0] > 'Z' {
		return
	}
	low := strings.ToLower(w.Form)
	if wn.VerbClass(strings.ToLower(w.Lemma)) != "" || wn.VerbClass(low) != "" || wn.VerbClass(strings.TrimSuffix(low, "ing")) != "" || wn.VerbClass(strings.TrimSuffix(low, "ing")+"e") != "" {
		return
	}
	ws[k].UPOS, ws[k].XPOS, ws[k].Lemma, ws[k].Feats = "PROPN", "NNP", w.Form, "Number=Sing"
	if k+1 >= len(ws) || ws[k+1].Head != k+1 || ws[k+1].Deprel != "obj" || ws[k+1].UPOS != "NOUN" {
		ws[k].Deprel = strings.Replace(ws[k].Deprel, "advcl", "nsubj", 1)
		return
	}
	n := k + 1
	ws[n].Head, ws[n].Deprel = w.Head, w.Deprel
	if h := w.Head - 1; h >= 0 && w.Deprel == "advcl" && ws[h].UPOS == "VERB" && !hasRelation(ws, h, "nsubj") && !hasRelation(ws, h, "nsubj:pass") {
		ws[n].Deprel = "nsubj" // "Boeing workers … voted"
	}
	ws[k].Head, ws[k].Deprel = n+1, "compound"
}
