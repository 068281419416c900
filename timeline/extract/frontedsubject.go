package extract

import "github.com/storyline/storyline/timeline/language"

// News opens many sentences with a phrase of time or place before the
// subject: "On the same day, an appeals court in Pravan rejected …", "At
// a hearing on Thursday, Judge Mira Sorel charged …". The parser, trained
// mostly on other prose, often hangs the subject on that phrase (as its
// apposition or conjunct) and leaves the verb with no subject, so that the
// one who acted is lost. repairFrontedSubjects gives such a verb its
// subject back before anything reads the parse.

// repairFrontedSubjects makes the noun phrase between a fronted phrase's
// comma and a finite verb with no subject that verb's subject, when the
// parse hung it on the fronted phrase.
func repairFrontedSubjects(sents []language.Sentence) {
	for si := range sents {
		ws := sents[si].Words
		for v := range ws {
			if r := frontedSubject(ws, v); r >= 0 {
				ws[r].Head = v + 1
				ws[r].Deprel = "nsubj"
				if hasRelation(ws, v, "aux:pass") {
					ws[r].Deprel = "nsubj:pass"
				}
			}
		}
	}
}

// frontedSubject returns the word that heads the noun phrase right before
// finite verb v and after a comma that closes a fronted phrase with no
// verb in it, when the parse made that head depend on the fronted phrase
// instead of on v; else -1.
func frontedSubject(ws []language.Word, v int) int {
	w := ws[v]
	if w.UPOS != "VERB" || w.XPOS != "VBD" && w.XPOS != "VBZ" && w.XPOS != "VBP" || w.Deprel != "root" {
		return -1
	}
	if hasRelation(ws, v, "nsubj") || hasRelation(ws, v, "nsubj:pass") || hasRelation(ws, v, "expl") || hasRelation(ws, v, "csubj") {
		return -1
	}
	comma := -1
	for k := v - 1; k >= 0; k-- {
		if ws[k].Form == "," {
			comma = k
			break
		}
	}
	if comma < 1 || comma+1 >= v {
		return -1
	}
	for k := 0; k < comma; k++ {
		if ws[k].UPOS == "VERB" || ws[k].UPOS == "AUX" {
			return -1 // "When police arrived, …": a clause, which the parser reads well
		}
	}
	// The words between the comma and the verb must be one phrase: one
	// of them heads it, attached into the fronted phrase; the others
	// hang under it.
	root := -1
	for k := comma + 1; k < v; k++ {
		h := ws[k].Head - 1
		if h > comma && h < v {
			continue
		}
		if root >= 0 {
			return -1
		}
		root = k
	}
	if root < 0 || ws[root].Head-1 >= comma || ws[root].Head == 0 {
		return -1
	}
	switch ws[root].UPOS {
	case "NOUN", "PROPN", "PRON":
	default:
		return -1
	}
	switch ws[root].Deprel {
	case "appos", "conj", "nmod", "dep", "parataxis":
		return root
	}
	return -1
}

// hasRelation reports whether some word depends on word v by relation rel.
func hasRelation(ws []language.Word, v int, rel string) bool {
	for k := range ws {
		if ws[k].Head == v+1 && ws[k].Deprel == rel {
			return true
		}
	}
	return false
}
