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
// (no determiner), as a modifier's noun does, a plural or a mass noun
// ("Inspectors found standing water" had the inspectors stand).
func participleBeforeNoun(ws []language.Word, k int) {
	v := ws[k].Head - 1
	if v < 0 || v != k-1 || ws[k].XPOS != "VBG" || ws[k].Deprel != "xcomp" || ws[v].UPOS != "VERB" || hasRelation(ws, v, "obj") {
		return
	}
	if takesGerund[strings.ToLower(ws[v].Lemma)] {
		return
	}
	n := k + 1
	if n >= len(ws) || ws[n].Head-1 != k || ws[n].Deprel != "obj" || ws[n].XPOS != "NNS" && ws[n].XPOS != "NN" {
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
// object: what is begun, stopped, avoided or risked. Verbs of seeing and
// finding are not among them: their participle follows the object ("found
// him hiding"), and one before a noun is the noun's ("saw burning cars").
var takesGerund = set("begin start stop keep continue resume finish quit cease avoid risk consider " +
	"deny admit recommend suggest propose enjoy mind miss practise practice try like love hate prefer " +
	"regret remember forget mention discuss describe justify defend resist postpone delay anticipate " +
	"fear end spend go come")

// countedNounAsVerb mends a counted plural noun the tagger read as a
// verb: in "had rejected two earlier offers on Monday" it takes "offers"
// for a present verb coordinated with "rejected" and the number for the
// object, so that the operator both rejected two and offers something on
// Monday. A verb in -s right after a number that is the verb's object,
// with only modifiers between, no subject and no "and" of its own, is
// that object's noun.
func countedNounAsVerb(ws []language.Word, k int) {
	h := ws[k].Head - 1
	if h < 0 || h > k || ws[k].XPOS != "VBZ" || ws[k].Deprel != "conj" || ws[h].UPOS != "VERB" {
		return
	}
	if hasRelation(ws, k, "cc") || hasRelation(ws, k, "nsubj") || hasRelation(ws, k, "obj") || hasRelation(ws, k, "aux") {
		return
	}
	c := -1
	for j := k - 1; j > h; j-- {
		if ws[j].XPOS == "CD" {
			c = j
			break
		}
		switch ws[j].XPOS {
		case "JJ", "JJR", "JJS", "RBR", "RB", "VBN":
		default:
			return
		}
	}
	if c < 0 || ws[c].Head-1 != h || ws[c].Deprel != "obj" {
		return
	}
	for j := c + 1; j < k; j++ {
		ws[j].Head, ws[j].Deprel = k+1, "amod"
	}
	for j := k + 1; j < len(ws); j++ {
		if ws[j].Head-1 == k && strings.HasPrefix(ws[j].Deprel, "obl") {
			ws[j].Head = h + 1 // "on Monday" is the rejecting's
		}
	}
	ws[c].Head, ws[c].Deprel = k+1, "nummod"
	ws[k].UPOS, ws[k].XPOS, ws[k].Head, ws[k].Deprel = "NOUN", "NNS", h+1, "obj"
}
