package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline/language"
	wn "github.com/storyline/storyline/timeline/lexicon"
)

// possessiveHer mends "her" before a noun that the tagger read as the
// object pronoun before a verb: "rejected her claim that she was
// innocent" became "rejected her" and a claiming by the judge, "backed
// her bid" a backing of her, "approved her plan to cut costs" her
// planning. Only after verbs that take a bare verb after their object
// ("saw her leave", "let her go", "helped her return") does "her" stand
// for her and the next word say what she did; elsewhere a word spelled
// as both noun and verb right after "her", with no subject of its own
// but her, is the thing of hers: "her" becomes its possessor and the word
// the object of the verb "her" hung on, its clauses and obliques the
// noun's.
func possessiveHer(ws []language.Word, k int) {
	if k+1 >= len(ws) || !strings.EqualFold(ws[k].Form, "her") || ws[k].XPOS != "PRP" {
		return
	}
	w := k + 1
	v := ws[k].Head - 1
	switch {
	case ws[k].Deprel == "obj" && v >= 0 && v < k:
	case ws[k].Deprel == "nsubj" && v == w && ws[w].Head > 0 && ws[w].Head-1 < k:
		v = ws[w].Head - 1
	default:
		return
	}
	if ws[v].UPOS != "VERB" || smallClauseVerb(ws[v].Lemma) || !nounSpelledVerb(ws[w]) {
		return
	}
	for m := range ws {
		if ws[m].Head == w+1 && m != k && (ws[m].Deprel == "nsubj" || ws[m].Deprel == "obj" || ws[m].Deprel == "aux" || ws[m].Deprel == "mark") {
			return // a verb with its own object or subject: "taught her children to read"
		}
	}
	lemma := strings.ToLower(ws[w].Form)
	if ws[w].UPOS == "VERB" {
		lemma = strings.ToLower(ws[w].Lemma)
	}
	ws[w].UPOS, ws[w].XPOS, ws[w].Feats, ws[w].Lemma = "NOUN", "NN", "Number=Sing", lemma
	ws[w].Head, ws[w].Deprel = v+1, "obj"
	ws[k].Head, ws[k].Deprel, ws[k].XPOS, ws[k].Lemma = w+1, "nmod:poss", "PRP$", "her"
	ws[k].Feats = "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"
	for m := range ws {
		if ws[m].Head != w+1 || m == k {
			continue
		}
		switch ws[m].Deprel {
		case "ccomp", "xcomp", "advcl":
			ws[m].Deprel = "acl" // "her claim that she was innocent", "her plan to cut costs"
		case "obl":
			ws[m].Deprel = "nmod" // "her bid for the presidency"
		}
	}
}

// nounSpelledVerb reports whether word w, read as a verb or a noun with
// no article, is a singular word English also uses as a noun: "claim",
// "bid", "return", "plan".
func nounSpelledVerb(w language.Word) bool {
	switch {
	case w.UPOS == "VERB" && (w.XPOS == "VB" || w.XPOS == "VBP"):
	case w.UPOS == "NOUN" && !strings.HasSuffix(strings.ToLower(w.Form), "s"):
	default:
		return false
	}
	return wn.NounClass(strings.ToLower(w.Form)) != ""
}

// smallClauseVerb reports whether lemma takes an object and a bare verb
// that the object does: "saw her leave", "let her go", "made her cry".
func smallClauseVerb(lemma string) bool {
	switch strings.ToLower(lemma) {
	case "see", "hear", "watch", "let", "make", "help", "have", "feel", "notice", "bid", "observe":
		return true
	}
	return false
}
