package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline/language"
	wn "github.com/storyline/storyline/timeline/lexicon"
)

// adjectiveInfinitive mends an infinitive the tagger read as an adjective
// because the word is one too ("failed on Friday to free a container
// ship", "tried to clear the road", "moved to open the border"): after
// "to" and before the determiner of its object, "free" is a verb, and
// the object the parse gave the verb before is its own. Without it
// the tugs "failed a container ship".
func adjectiveInfinitive(ws []language.Word, k int) {
	if k == 0 || k+1 >= len(ws) || ws[k].UPOS != "ADJ" || !strings.EqualFold(ws[k-1].Form, "to") || ws[k+1].UPOS != "DET" {
		return
	}
	lemma := strings.ToLower(ws[k].Form)
	if wn.VerbClass(lemma) == "" {
		return
	}
	n := -1
	for j := k + 2; j < len(ws) && j <= k+6; j++ {
		if ws[j].UPOS == "NOUN" || ws[j].UPOS == "PROPN" {
			if ws[j].Deprel == "obj" && ws[ws[j].Head-1].UPOS == "VERB" && ws[j].Head-1 < k-1 {
				n = j
			}
			if ws[j].Deprel != "compound" {
				break
			}
		}
	}
	if n < 0 {
		return
	}
	v := ws[n].Head - 1
	ws[k].UPOS, ws[k].XPOS, ws[k].Lemma, ws[k].Feats = "VERB", "VB", lemma, "VerbForm=Inf"
	ws[k].Head, ws[k].Deprel = v+1, "xcomp"
	ws[k-1].UPOS, ws[k-1].XPOS, ws[k-1].Head, ws[k-1].Deprel = "PART", "TO", k+1, "mark"
	ws[n].Head = k + 1
}
