package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline/language"
)

// stanceParticiple mends a closing participle of saying or disputing
// that the parse hung deep inside the clause a speaker reports: in "a
// doctor testified that Carl Dahl died of a lack of oxygen caused by the
// way he was held, rejecting the defense's claim that …" the parse put
// "rejecting" on "held", so that Dahl rejected the claim. Whoever
// rejects or disputes is the one who speaks, not someone inside
// what is said, so a participle of stance that hangs below a noun of
// the reported clause (in a relative or a participle that modifies it)
// belongs to the verb of reporting. A participle on the reported verb
// itself ("said the gunman opened fire, killing three") is left alone.
func stanceParticiple(ws []language.Word, k int) {
	if k == 0 || ws[k].UPOS != "VERB" || ws[k].XPOS != "VBG" || ws[k].Deprel != "advcl" || ws[k-1].Form != "," ||
		hasRelation(ws, k, "nsubj") || hasRelation(ws, k, "mark") || !stanceVerb(ws[k].Lemma) {
		return
	}
	nominal := false
	for j, hops := ws[k].Head-1, 0; j >= 0 && hops < len(ws); j, hops = ws[j].Head-1, hops+1 {
		if ws[j].Deprel == "acl" || ws[j].Deprel == "acl:relcl" {
			nominal = true
		}
		if ws[j].Deprel != "ccomp" {
			continue
		}
		r := ws[j].Head - 1
		if nominal && r >= 0 && r < j && ws[r].UPOS == "VERB" && reportingVerb(ws[r].Lemma) {
			ws[k].Head = r + 1
		}
		return
	}
}

// stanceVerb reports whether lemma says what a speaker holds of another's
// claim: rejecting or disputing it. A participle of saying is not one:
// "wrote a note on the wall of the boat where he hid, saying …" is the
// note's.
func stanceVerb(lemma string) bool {
	switch strings.ToLower(lemma) {
	case "reject", "deny", "dismiss", "dispute", "contradict", "rebut", "refute", "counter", "challenge":
		return true
	}
	return false
}
