package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline/language"
	wn "github.com/storyline/storyline/timeline/lexicon"
)

// verbAfterRelative mends a main verb the tagger read as an adjective
// because a relative clause on the subject came before it: in "The four
// gunmen who had held the embassy for three days surrendered to police,
// the government said" the parse makes "surrendered" a modifier of
// "days" and leaves the gunmen as a second subject of the saying, so the
// surrender is lost. An "-ed" word read as an adjective after its noun
// (English puts adjectives before), where that noun lies in a relative
// clause on a subject that is the sentence's root or a second subject of
// a later verb, is the subject's own verb, in the past.
func verbAfterRelative(ws []language.Word, k int) {
	h := ws[k].Head - 1
	form := strings.ToLower(ws[k].Form)
	if ws[k].XPOS != "JJ" || ws[k].Deprel != "amod" || h < 0 || h > k || !strings.HasSuffix(form, "ed") {
		return
	}
	rel := h
	for rel >= 0 && ws[rel].Deprel != "acl:relcl" {
		rel = ws[rel].Head - 1
	}
	if rel < 0 || !relativePronoun(ws, rel) {
		return
	}
	s := ws[rel].Head - 1
	if s < 0 || s > rel || ws[s].UPOS != "NOUN" && ws[s].UPOS != "PROPN" {
		return
	}
	say := ws[s].Head - 1
	switch {
	case ws[s].Head == 0:
	case ws[s].Deprel == "nsubj" && say > k && secondSubject(ws, k, say):
	default:
		return
	}
	lemma := verbStem(form)
	if lemma == "" {
		return
	}
	if say < 0 {
		ws[k].Head, ws[k].Deprel = 0, "root"
	} else {
		ws[k].Head, ws[k].Deprel = say+1, "ccomp"
	}
	ws[k].UPOS, ws[k].XPOS, ws[k].Lemma, ws[k].Feats = "VERB", "VBD", lemma, "Mood=Ind|Tense=Past|VerbForm=Fin"
	ws[s].Head, ws[s].Deprel = k+1, "nsubj"
	// What follows the verb but hangs back inside the relative clause
	// ("late on Monday", "and … were freed") is the verb's.
	for j := k + 1; j < len(ws); j++ {
		a := ws[j].Head - 1
		if a < 0 || a >= k || under(ws, j, k) {
			continue
		}
		if under(ws, a, rel) || a == s && ws[j].Deprel == "punct" {
			ws[j].Head = k + 1
			if ws[j].Deprel == "nmod" {
				ws[j].Deprel = "obl"
			}
		}
	}
}

// verbStem returns the WordNet verb that past form ("surrendered",
// "raised", "stopped") comes from, or "".
func verbStem(form string) string {
	base := strings.TrimSuffix(form, "ed")
	cands := []string{base, base + "e"}
	if n := len(base); n > 2 && base[n-1] == base[n-2] {
		cands = append(cands, base[:n-1])
	}
	for _, c := range cands {
		if _, verb := wn.PartsOfSpeech([]byte(c)); verb {
			return c
		}
	}
	return ""
}
