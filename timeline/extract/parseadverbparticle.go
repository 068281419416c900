package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline/language"
	wn "github.com/storyline/storyline/timeline/lexicon"
)

// adverbParticles are the adverbs that make phrasal verbs.
var adverbParticles = set("down up off out back away over")

// adverbParticle mends a particle the parse hung on its verb as an adverb
// when the two make a phrasal verb of a known kind: in "Chin and Warner
// would step down" nobody takes a step; they resign. Read as an adverb,
// "down" left the event a movement. Only a particle right after its verb
// counts, and only a phrasal verb of leaving a post ("step down", "bow
// out"); others are left as read.
func adverbParticle(ws []language.Word, k int) {
	v := k - 1
	if v < 0 || ws[k].Head != v+1 || ws[k].Deprel != "advmod" || ws[v].UPOS != "VERB" || !adverbParticles[strings.ToLower(ws[k].Form)] {
		return
	}
	if wn.Kind(strings.ToLower(ws[v].Lemma)+" "+strings.ToLower(ws[k].Form), false) != "resignation" {
		return // "shut down", "took over", "brought down the spire" as read: on ECB+ dev, every kind cost links 42.6 → 42.3
	}
	ws[k].Deprel, ws[k].UPOS, ws[k].XPOS = "compound:prt", "ADP", "RP"
}
