package language

import (
	"strings"

	"github.com/storyline/storyline/timeline/lexicon"
)

// contactAdjective mends a relative clause without "that" whose verb the
// tagger read as an adjective: "below the threshold it set six weeks ago"
// had set an adjective on threshold, with it the noun's subject, and hung
// "six weeks ago" on the sentence's verb, which then took the wrong date.
// A subject pronoun between a noun and a word that English also has as a
// verb, both hung on that noun, makes a clause: the word is its verb, a
// past one here (a present one would agree: "the rules she sets"), and a
// time right after it ("six weeks ago", "last year") is that verb's.
func contactAdjective(ws []Word) {
	for a := 2; a < len(ws); a++ {
		p, n := a-1, a-2
		if ws[a].UPOS != "ADJ" || ws[a].Head-1 != n || ws[p].Head-1 != n || ws[p].Deprel != "nsubj" || !subjectPronoun(ws[p].Form) ||
			ws[n].UPOS != "NOUN" && ws[n].UPOS != "PROPN" || !verbLemma(ws[a].Form) {
			continue
		}
		ws[a].UPOS, ws[a].XPOS, ws[a].Lemma, ws[a].Feats = "VERB", "VBD", strings.ToLower(ws[a].Form), "Mood=Ind|Tense=Past|VerbForm=Fin"
		ws[a].Deprel = "acl:relcl"
		ws[p].Head = a + 1
		timeAfterRelative(ws, n, a)
	}
}

// timeAfterRelative hangs on relative verb a a time right after it that
// the parse hung on noun n or a word before it: "ago" or a time noun.
func timeAfterRelative(ws []Word, n, a int) {
	for k := a + 1; k < len(ws) && k <= a+4; k++ {
		if ws[k].UPOS == "PUNCT" || ws[k].UPOS == "VERB" || ws[k].UPOS == "AUX" {
			return
		}
		h := ws[k].Head - 1
		if h > n || h < 0 {
			continue
		}
		if strings.EqualFold(ws[k].Form, "ago") || isTimeNoun(ws[k]) && strings.HasPrefix(ws[k].Deprel, "obl") {
			ws[k].Head = a + 1
		}
		return
	}
}

// subjectPronoun reports whether form is a pronoun that can be a subject.
func subjectPronoun(form string) bool {
	switch strings.ToLower(form) {
	case "i", "we", "you", "he", "she", "it", "they":
		return true
	}
	return false
}

// verbLemma reports whether form, in lower case, is a verb's lemma, as
// the past of "set", "cut" or "put" is.
func verbLemma(form string) bool {
	_, verb := lexicon.PartsOfSpeech([]byte(strings.ToLower(form)))
	return verb
}
