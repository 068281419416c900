package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline/language"
)

// The clause helpers repairParse and its repairs share: which clause a
// word opens or belongs to, and making a word a subject or a marker.

// reportedClauseOf returns the reported clause that participle k goes
// with when the parse hung it on the saying ("Fire struck a market,
// killing 14 civilians, the ministry said": the fire killed, the ministry
// did not; "Police allege he opened fire, killing one man"); else -1.
func reportedClauseOf(ws []language.Word, k int) int {
	h := ws[k].Head - 1
	if ws[k].XPOS != "VBG" || ws[k].Deprel != "advcl" || h < 0 || !reportingVerb(ws[h].Lemma) || speechParticiple(ws[k].Lemma) {
		return -1 // "said …, speaking to reporters": the speaker spoke (trailingSpeaking)
	}
	// The reported clause before the participle, whether the saying
	// comes after it ("…, killing 14, the ministry said") or before
	// ("Police allege he opened fire, killing one man").
	for c := k - 1; c >= 0; c-- {
		if ws[c].Head == h+1 && ws[c].Deprel == "ccomp" {
			return c
		}
	}
	return -1
}

// markClause makes word c the subordinator of clause v, which then
// modifies the verb it hangs from rather than being its object or
// conjunct.
func markClause(ws []language.Word, c, v int) {
	ws[c].Head, ws[c].Deprel, ws[c].UPOS = v+1, "mark", "SCONJ"
	if ws[v].Deprel == "conj" || ws[v].Deprel == "ccomp" {
		ws[v].Deprel = "advcl"
	}
}

// subordinating reports whether word w, a preposition, also opens clauses
// of time.
func subordinating(w string) bool {
	switch strings.ToLower(w) {
	case "after", "before", "since", "until", "till", "as", "while":
		return true
	}
	return false
}

// subordinated reports whether noun n's preposition could open a clause
// ("three years after Russia launched …"): n is then that clause's subject
// already, not a noun's modifier.
func subordinated(ws []language.Word, n int) bool {
	for c := range n {
		if ws[c].Head == n+1 && ws[c].Deprel == "case" && subordinating(ws[c].Form) {
			return true
		}
	}
	return false
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
// subject, that the parse made the object of a subordinating preposition
// c ("after the bank disclosed", "in February after Varga lost"); else
// -1, -1.
func clauseSubject(ws []language.Word, v int) (n, c int) {
	if !finiteWithoutSubject(ws, v) && !bareMarkedParticiple(ws, v) {
		return -1, -1
	}
	for n := v - 1; n >= 0 && n >= v-8; n-- {
		switch ws[n].UPOS {
		case "NOUN", "PROPN", "PRON":
		default:
			continue
		}
		for ws[n].Deprel == "nmod" && ws[n].Head > 0 && ws[n].Head-1 < n && ws[ws[n].Head-1].UPOS == "NOUN" && !subordinated(ws, n) {
			n = ws[n].Head - 1 // "as the death toll from the outbreak rose": the toll rose
		}
		if under(ws, v, n) {
			return -1, -1 // the verb is the noun's own clause: no tree may loop
		}
		// The noun's phrase must end right before the verb …
		ends := true
		for j := n + 1; j < v; j++ {
			ends = ends && (under(ws, j, n) || verbModifier(ws, j, v))
		}
		if !ends {
			return -1, -1
		}
		// … and start right after its preposition.
		for c := range n {
			// "after" is the noun's case, or its mark when the parse
			// made the noun a clause of the verb ("days after the
			// carmaker admitted": carmaker an advcl of admitted)
			if ws[c].Head == n+1 && (ws[c].Deprel == "case" || ws[c].Deprel == "mark" && ws[n].Deprel == "advcl") {
				if subordinating(ws[c].Form) && phraseFrom(ws, c+1, n) {
					return n, c
				}
				return -1, -1
			}
		}
	}
	return -1, -1
}

// finiteWithoutSubject reports whether word v is a finite verb, or a
// participle with a finite auxiliary, with no subject of its own.
func finiteWithoutSubject(ws []language.Word, v int) bool {
	w := ws[v]
	if w.UPOS != "VERB" {
		return false
	}
	switch w.XPOS {
	case "VBD", "VBZ", "VBP":
	case "VBN", "VBG":
		if !finiteAuxiliary(ws, v) {
			return false // a participle alone: "the men arrested"
		}
	default:
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

// finiteAuxiliary reports whether verb v has a finite auxiliary: "was
// published", "is meeting".
func finiteAuxiliary(ws []language.Word, v int) bool {
	for k := range ws {
		if ws[k].Head == v+1 && strings.HasPrefix(ws[k].Deprel, "aux") {
			switch ws[k].XPOS {
			case "VBD", "VBZ", "VBP", "MD":
				return true
			}
		}
	}
	return false
}
