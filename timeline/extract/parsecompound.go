package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline/language"
	wn "github.com/storyline/storyline/timeline/lexicon"
)

// gerundCompound mends a noun compound that opens on an -ing word the
// tagger read as a gerund with an object: "Polling stations across the
// country closed at 8 p.m." made "polling" a clausal subject whose
// object was the stations, so the closing had no subject. When WordNet
// knows the pair as one noun ("polling station", "parking lot", "landing
// gear"), it is one: the -ing word modifies the noun, which takes the
// gerund's place in the sentence.
func gerundCompound(ws []language.Word, k int) {
	if k+1 >= len(ws) || ws[k].UPOS != "VERB" || ws[k].XPOS != "VBG" || ws[k+1].UPOS != "NOUN" || ws[k+1].Head != k+1 || ws[k+1].Deprel != "obj" {
		return
	}
	if wn.NounClass(strings.ToLower(ws[k].Form)+" "+strings.ToLower(ws[k+1].Lemma)) == "" {
		return
	}
	head, rel := ws[k].Head, ws[k].Deprel
	switch rel {
	case "csubj":
		rel = "nsubj"
	case "csubj:pass":
		rel = "nsubj:pass"
	case "advcl":
		// Opening the sentence, before a verb with no subject, it was
		// the subject read as a clause of manner.
		if k > 0 || head == 0 || hasRelation(ws, head-1, "nsubj") || hasRelation(ws, k, "mark") {
			return
		}
		rel = "nsubj"
	case "xcomp", "ccomp", "acl":
		return // a clause of its own
	}
	for j := range ws {
		if j != k+1 && ws[j].Head == k+1 {
			ws[j].Head = k + 2 // its determiners and modifiers are the noun's
		}
	}
	ws[k].UPOS, ws[k].XPOS, ws[k].Lemma = "NOUN", "NN", strings.ToLower(ws[k].Form)
	ws[k].Head, ws[k].Deprel = k+2, "compound"
	ws[k+1].Head, ws[k+1].Deprel = head, rel
}
