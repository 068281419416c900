package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline/language"
)

// participleBeforeNoun mends a present participle that tells what the
// noun after it is doing, which the parser reads as the verb before it
// taking a gerund with that noun as the gerund's object: in "Police
// dispersed protesting students" the police then protest. Only a verb
// that takes a gerund ("began arresting protesters", "stopped paying
// workers") has one; after any other the noun is the verb's object and
// the participle its modifier. The noun must follow the participle bare
// (no determiner), as a modifier's noun does.
func participleBeforeNoun(ws []language.Word, k int) {
	v := ws[k].Head - 1
	if v < 0 || v != k-1 || ws[k].XPOS != "VBG" || ws[k].Deprel != "xcomp" || ws[v].UPOS != "VERB" || hasRelation(ws, v, "obj") {
		return
	}
	if takesGerund[strings.ToLower(ws[v].Lemma)] {
		return
	}
	n := k + 1
	if n >= len(ws) || ws[n].Head-1 != k || ws[n].Deprel != "obj" || ws[n].XPOS != "NNS" {
		return
	}
	for j := range ws {
		if ws[j].Head-1 == k && j != n && (j < n || !strings.HasPrefix(ws[j].Deprel, "obl") && ws[j].Deprel != "punct") {
			return // the participle has more of its own: a clause
		}
	}
	for j := n + 1; j < len(ws); j++ {
		if ws[j].Head-1 == k {
			ws[j].Head = v + 1 // "on Monday" is the dispersing's
		}
	}
	ws[n].Head, ws[n].Deprel = v+1, "obj"
	ws[k].Head, ws[k].Deprel = n+1, "amod"
}

// takesGerund are the verbs whose object may be a gerund with its own
// object: what is begun, stopped, avoided or risked.
var takesGerund = set("begin start stop keep continue resume finish quit cease avoid risk consider " +
	"deny admit recommend suggest propose enjoy mind miss practise practice try like love hate prefer " +
	"regret remember forget mention discuss describe justify defend resist postpone delay anticipate " +
	"fear end spend go come see hear watch catch find leave")
