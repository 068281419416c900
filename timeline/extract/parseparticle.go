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
// down …"), which then tells when.
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
	if r >= 0 && (ws[k].Deprel != "appos" || r > k) {
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
		case r >= 0 && j != k && j != o && ws[j].Head == r+1 && j > k:
			ws[j].Head = k + 1
		}
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
