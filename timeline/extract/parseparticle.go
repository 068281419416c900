package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline/language"
)

// pastWithParticle mends a strong past tense the tagger read as the last
// noun of its subject because a particle follows: in "A U.S. fighter jet
// shot down a balloon" the parse has a "jet shot" and "down a balloon"
// for its place, so that no one shot anything. A noun that is the simple
// past of an irregular verb (strongPast), right after a noun it heads,
// with "down", "off", "up" or "out" after it opening a noun phrase, is
// that verb: the noun before it its subject, the particle its own, the
// noun phrase its object. The noun must head its sentence or be the
// apposition of a fronted phrase ("On Friday afternoon, an F-22 shot
// down …"), which then tells when, or the subject of a later clause
// with a subject of its own after "and", which is then its conjunct.
func pastWithParticle(ws []language.Word, k int) {
	if k < 1 || k+2 >= len(ws) || ws[k].UPOS != "NOUN" {
		return
	}
	s := k - 1 // the subject: the last noun the past heads, with its own words after it ("an F-22 shot")
	for s >= 0 && (ws[s].Head != k+1 || ws[s].UPOS != "NOUN" && ws[s].UPOS != "PROPN") {
		s--
	}
	if s < 0 {
		return
	}
	for j := s + 1; j < k; j++ {
		if h := ws[j].Head - 1; h < s || h > k {
			return
		}
	}
	lemma := pastLemma[strings.ToLower(ws[k].Form)]
	switch strings.ToLower(ws[k+1].Form) {
	case "down", "off", "up", "out":
	default:
		return
	}
	o := ws[k+1].Head - 1
	r := ws[k].Head - 1
	conj := r > k && ws[k].Deprel == "nsubj" && ws[r].UPOS == "VERB" && ownSubjectAfterAnd(ws, k, r)
	if r >= 0 && !conj && (ws[k].Deprel != "appos" || r > k) {
		return
	}
	if lemma == "" || o <= k+1 || ws[o].Head != k+1 && (r < 0 || ws[o].Head != r+1) || ws[o].UPOS != "NOUN" && ws[o].UPOS != "PROPN" {
		return
	}
	for j := range ws {
		switch {
		case j == s:
			ws[j].Head, ws[j].Deprel = k+1, "nsubj"
		case j < k && ws[j].Head == k+1:
			ws[j].Head = s + 1 // the subject's determiner and modifiers
		case j > k && ws[j].Head == k+1 && strings.HasPrefix(ws[j].Deprel, "nmod"):
			ws[j].Deprel = "obl" // "on Saturday"
		case j > k && ws[j].Head == k+1 && ws[j].Deprel == "acl" && ws[j].XPOS == "VBG":
			ws[j].Deprel = "advcl" // ", ending its flight": the shooting's consequence
		case r >= 0 && !conj && j != k && j != o && ws[j].Head == r+1 && j > k:
			ws[j].Head = k + 1
		}
	}
	if conj {
		// "…, and the military began an operation": a clause of its
		// own, which the parse had taken the past for the subject of.
		ws[r].Head, ws[r].Deprel = k+1, "conj"
		ws[k].Head, ws[k].Deprel = 0, "root"
		r = -1
	}
	ws[k+1].Head, ws[k+1].Deprel, ws[k+1].UPOS, ws[k+1].XPOS = k+1, "compound:prt", "ADP", "RP"
	ws[o].Head, ws[o].Deprel = k+1, "obj"
	if r >= 0 {
		ws[r].Head, ws[r].Deprel = k+1, "obl" // "On Friday afternoon": when it was shot
	}
	ws[k].UPOS, ws[k].XPOS, ws[k].Lemma, ws[k].Feats = "VERB", "VBD", lemma, "Mood=Ind|Tense=Past|VerbForm=Fin"
	ws[k].Head, ws[k].Deprel = 0, "root"
}

// pastLemma maps each strong past of strongPast to its verb.
var pastLemma = func() map[string]string {
	m := make(map[string]string, len(strongPast))
	for v, past := range strongPast {
		if _, ok := m[past]; !ok || v < m[past] {
			m[past] = v
		}
	}
	return m
}()

// orderedParticiple mends the participle of a small clause the tagger
// read as a noun: in "ordered it shot down" or "ordered the drone shot
// down" the parse has "shot" for the order's object, a noun "it" or
// "drone" stands beside it, and "down" hangs on the ordering. A strong
// past (strongPast) that a verb of asking takes for its object, with a
// noun or pronoun before it that it heads and "down", "off", "up" or
// "out" after it, is that passive participle: what was ordered done, to
// the word before it, as the parse reads "ordered the balloon downed".
func orderedParticiple(ws []language.Word, k int) {
	orderedPassive(ws, k)
	if k < 1 || k+1 >= len(ws) || ws[k].UPOS != "NOUN" || ws[k].Deprel != "obj" {
		return
	}
	v, lemma := ws[k].Head-1, pastLemma[strings.ToLower(ws[k].Form)]
	if lemma == "" || v < 0 || v > k || ws[v].UPOS != "VERB" || !mandativeVerbs[strings.ToLower(ws[v].Lemma)] && !strings.EqualFold(ws[v].Lemma, "want") {
		return
	}
	switch strings.ToLower(ws[k+1].Form) {
	case "down", "off", "up", "out":
	default:
		return
	}
	if h := ws[k+1].Head - 1; h != v && h != k {
		return
	}
	s := k - 1
	if ws[s].Head != k+1 || ws[s].UPOS != "NOUN" && ws[s].UPOS != "PROPN" && ws[s].UPOS != "PRON" {
		return
	}
	for j := v + 1; j < s; j++ {
		if ws[j].Head == k+1 {
			ws[j].Head = s + 1 // "the" of "the drone"
		}
	}
	ws[s].Head, ws[s].Deprel = k+1, "nsubj:pass"
	ws[k+1].Head, ws[k+1].Deprel, ws[k+1].UPOS, ws[k+1].XPOS = k+1, "compound:prt", "ADP", "RP"
	ws[k].UPOS, ws[k].XPOS, ws[k].Lemma, ws[k].Feats, ws[k].Deprel = "VERB", "VBN", lemma, "Tense=Past|VerbForm=Part|Voice=Pass", "ccomp"
}

// orderedPassive mends a small clause of what was ordered done that the
// parse read as the object's own deed: in "ordered the balloon downed" the
// balloon was downed, it downed nothing. A past in -ed that a verb of
// ordering takes for its clause, with a subject (or after the order's
// object) and no auxiliary, mark or object of its own, is that subject's
// passive.
func orderedPassive(ws []language.Word, k int) {
	v := ws[k].Head - 1
	if v < 0 || v > k || ws[k].UPOS != "VERB" || ws[k].XPOS != "VBD" && ws[k].XPOS != "VBN" || ws[k].Deprel != "ccomp" && ws[k].Deprel != "xcomp" ||
		!strings.EqualFold(ws[v].Lemma, "order") && !strings.EqualFold(ws[v].Lemma, "want") ||
		hasRelation(ws, k, "aux") || hasRelation(ws, k, "mark") || hasRelation(ws, k, "obj") {
		return
	}
	for j := v + 1; j < k; j++ {
		if ws[j].Head == k+1 && ws[j].Deprel == "nsubj" || ws[j].Head == v+1 && ws[j].Deprel == "obj" && ws[k].Deprel == "xcomp" {
			// (or the order's object, as "ordered the balloon downed on
			// Wednesday" is parsed: the balloon is what was downed)
			ws[j].Head, ws[j].Deprel, ws[k].Deprel = k+1, "nsubj:pass", "ccomp"
			ws[k].XPOS, ws[k].Feats = "VBN", "Tense=Past|VerbForm=Part|Voice=Pass"
			return
		}
	}
}

// ownSubjectAfterAnd reports whether verb r, which word k is the subject
// of, has another subject after k and "and" before it: "A jet shot down a
// balloon, and the military began …".
func ownSubjectAfterAnd(ws []language.Word, k, r int) bool {
	and, subj := false, false
	for j := k + 1; j < r; j++ {
		and = and || ws[j].Head == r+1 && ws[j].Deprel == "cc"
		subj = subj || ws[j].Head == r+1 && ws[j].Deprel == "nsubj"
	}
	return and && subj
}
