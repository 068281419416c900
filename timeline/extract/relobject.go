package extract

import "strings"

// relativeHead returns the noun a relative clause verb v leaves as its
// object, or -1: "the snags he blamed on Hamas", "the man police
// arrested" (the clause has a subject of its own and no object, so what
// it modifies is what the verb acts on). A noun of time, manner or reason
// is the clause's setting, not its object ("the day he died", "the way
// she spoke").
func (p parsed) relativeHead(v int) int {
	w := p.word(v)
	if w.Deprel != "acl:relcl" || w.UPOS != "VERB" {
		return -1
	}
	h := p.head(v)
	if h < 0 || p.word(h).UPOS != "NOUN" || p.inTimex(h) || settingHeads[strings.ToLower(p.word(h).Lemma)] {
		return -1
	}
	s := p.dependentOf(v, "nsubj")
	if s < 0 || strings.Contains(p.word(s).Feats, "PronType=Rel") {
		return -1 // "snags that delayed the deal": the noun is the subject
	}
	if k := p.dependentOf(s, "nmod"); k >= 0 && strings.Contains(p.word(k).Feats, "PronType=Rel") {
		return -1 // "people, most of whom lived …": a part of the noun is
	}
	for _, rel := range []string{"obj", "iobj", "nsubj:pass", "ccomp", "xcomp", "obl", "advmod"} {
		if k := p.dependentOf(v, rel); k >= 0 && (rel != "obl" && rel != "advmod" || strings.Contains(p.word(k).Feats, "PronType=Rel")) {
			return -1 // an object of its own, or "where"/"in which" he lived
		}
	}
	return h
}

// settingHeads are nouns a relative clause sets in time, manner or
// reason rather than acts on.
var settingHeads = set("time times day days week weeks month months year years moment night morning " +
	"afternoon evening hour hours minute minutes way ways reason reasons place point period era")
