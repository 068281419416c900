package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline/language"
)

// The parser, trained mostly on other prose, misreads two shapes that
// news writes all the time; repairParse mends them before anything reads
// the parse.
//
// News opens many sentences with a phrase of time or place before the
// subject: "On the same day, an appeals court in Pravan rejected …", "At
// a hearing on Thursday, Judge Mira Sorel charged …". The parser, trained
// mostly on other prose, often hangs the subject on that phrase (as its
// apposition or conjunct) and leaves the verb with no subject, so that the
// one who acted is lost (frontedSubject).
//
// A clause after "after", "before", "since" or "until" reads like a
// prepositional phrase up to its verb: "shares fell after the bank
// disclosed a loss" is parsed as "after the bank" attached to a verb with
// no subject, coordinated with "fell", so that the bank disclosed nothing
// and the two events read as one sequence of the same subject
// (clauseSubject).

// repairParse mends both misreadings in every sentence.
func repairParse(sents []language.Sentence) {
	for si := range sents {
		ws := sents[si].Words
		for v := range ws {
			if r := frontedSubject(ws, v); r >= 0 {
				makeSubject(ws, r, v)
			}
			if n, c := clauseSubject(ws, v); n >= 0 {
				makeSubject(ws, n, v)
				ws[c].Head, ws[c].Deprel, ws[c].UPOS = v+1, "mark", "SCONJ"
				if ws[v].Deprel == "conj" {
					ws[v].Deprel = "advcl"
				}
			}
		}
	}
}

// makeSubject makes word r the subject of verb v.
func makeSubject(ws []language.Word, r, v int) {
	ws[r].Head = v + 1
	ws[r].Deprel = "nsubj"
	if hasRelation(ws, v, "aux:pass") {
		ws[r].Deprel = "nsubj:pass"
	}
}

// clauseSubject returns the noun n right before finite verb v, with no
// subject, that the parse made an oblique of v marked by a subordinating
// preposition c ("after the bank disclosed"); else -1, -1.
func clauseSubject(ws []language.Word, v int) (n, c int) {
	if !finiteWithoutSubject(ws, v) {
		return -1, -1
	}
	for k := v - 1; k >= 0 && ws[k].Head == v+1; k-- {
		if !strings.HasPrefix(ws[k].Deprel, "obl") {
			continue
		}
		switch ws[k].UPOS {
		case "NOUN", "PROPN", "PRON":
		default:
			return -1, -1
		}
		// The noun's phrase must end right before the verb.
		for j := k + 1; j < v; j++ {
			if !under(ws, j, k) {
				return -1, -1
			}
		}
		for j := range ws {
			if ws[j].Head == k+1 && ws[j].Deprel == "case" && j < k {
				switch strings.ToLower(ws[j].Form) {
				case "after", "before", "since", "until", "till":
					return k, j
				}
				return -1, -1
			}
		}
		return -1, -1
	}
	return -1, -1
}

// under reports whether word j lies in the subtree of word k.
func under(ws []language.Word, j, k int) bool {
	for hops := 0; j >= 0 && hops < len(ws); hops++ {
		if j == k {
			return true
		}
		j = ws[j].Head - 1
	}
	return false
}

// finiteWithoutSubject reports whether word v is a finite verb with no
// subject of its own.
func finiteWithoutSubject(ws []language.Word, v int) bool {
	w := ws[v]
	if w.UPOS != "VERB" || w.XPOS != "VBD" && w.XPOS != "VBZ" && w.XPOS != "VBP" {
		return false
	}
	for _, rel := range []string{"nsubj", "nsubj:pass", "expl", "csubj"} {
		if hasRelation(ws, v, rel) {
			return false
		}
	}
	return true
}

// frontedSubject returns the word that heads the noun phrase right before
// finite verb v and after a comma that closes a fronted phrase with no
// verb in it, when the parse made that head depend on the fronted phrase
// instead of on v; else -1.
func frontedSubject(ws []language.Word, v int) int {
	if ws[v].Deprel != "root" || !finiteWithoutSubject(ws, v) {
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
