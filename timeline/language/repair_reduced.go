package language

import "strings"

// verbUnderParticiple mends a subject's participle that the parse made
// the clause's verb, with the clause's true verb hung under it: "whether a
// power line owned by the utility sparked the fire" had the line own,
// sparked an agent of owned, and the fire caused by no one. A participle
// (or a past form that is its participle too) with a subject before it
// and no auxiliary, whose phrase runs up to a finite verb (or one with
// auxiliaries) hung on it with no subject, conjunction, comma or clause
// opener of its own, is the subject's, and that verb the clause's: it takes the
// participle's place and the noun as its subject. "Three workers pulled
// from the debris were taken to hospital" had taken a conjunct of pulled.
// The verb may hang on a noun of the participle's phrase too
// (finiteOfNounUnder).
func verbUnderParticiple(ws []Word) {
	for p := 1; p+2 < len(ws); p++ {
		if ws[p].UPOS != "VERB" || ws[p].XPOS != "VBN" && (ws[p].XPOS != "VBD" || !pastParticipleForm(ws[p]) || takesClause(ws[p])) ||
			hasDependent(ws, p, "aux", "aux:pass", "obj", "xcomp", "cop") || takesNoObject[ws[p].Lemma] ||
			ws[p].XPOS == "VBD" && hasDependent(ws, p, "mark") {
			// "while the police chief remained in critical condition
			// after a bomb exploded": a past tense its subordinator marks
			// is a clause's verb.
			continue
		}
		n := subjectBetween(ws, p, -1)
		if n < 0 || ws[n].UPOS != "NOUN" && ws[n].UPOS != "PROPN" || phraseEnd(ws, n) != p-1 {
			continue
		}
		v := -1
		for k := p + 2; k < len(ws); k++ {
			if ws[k].Head-1 == p && (ws[k].UPOS == "VERB" || ws[k].UPOS == "AUX") || finiteOfNounUnder(ws, k, p) {
				v = k
				break
			}
		}
		if v < 0 || !finite(ws[v].XPOS) && !hasDependent(ws, v, "aux", "aux:pass") || hasSubject(ws, v) || hasDependent(ws, v, "cc", "mark") ||
			openerBefore(ws, p, v) ||
			!allUnder(ws, p+1, v, p) || commaBetween(ws, p, v) || whWord(ws, p, v) {
			continue
		}
		gatherModifiers(ws, n, p)
		ws[v].Head, ws[v].Deprel = ws[p].Head, ws[p].Deprel
		for k := range ws {
			// What the participle's clause had before its subject ("whether")
			// and after the verb is the verb's.
			if ws[k].Head-1 == p && (k < leftmost(ws, n) || k > v) {
				ws[k].Head = v + 1
			}
		}
		hangSubject(ws, n, v)
		ws[p].Head, ws[p].Deprel, ws[p].XPOS, ws[p].Feats = n+1, "acl", "VBN", "Tense=Past|VerbForm=Part"
	}
}

// finiteOfNounUnder reports whether word k is a finite verb that the parse
// hung as a clause (acl) on a noun of participle p's phrase: "The man
// charged with the killing appeared in court" had appeared a clause of the
// killing, which a finite verb with no subject or relative word is not.
func finiteOfNounUnder(ws []Word, k, p int) bool {
	return ws[k].Deprel == "acl" && ws[k].UPOS == "VERB" && finite(ws[k].XPOS) && descends(ws, k, p)
}

// openerBefore reports whether a clause opener stands between words p and
// v: "retired as a boss after a gunman grazed his scalp" had grazed no
// subject because "after a gunman" was read as a phrase, and the clause is
// the opener's (subordinateClause's), no sign of a participle.
func openerBefore(ws []Word, p, v int) bool {
	for k := p + 1; k < v; k++ {
		if lowerIn(clauseOpeners, ws[k].Form) || lowerIn(timeSubordinators, ws[k].Form) {
			return true
		}
	}
	return false
}

// timeSubordinators open a clause and never a phrase.
var timeSubordinators = map[string]bool{"when": true, "while": true, "because": true}

// whWord reports whether verb v has a question or relative word after
// word p: "demonstrated how deeply divided the country had become" is the
// first verb's clause.
func whWord(ws []Word, p, v int) bool {
	for k := p + 1; k < v; k++ {
		if ws[k].Head-1 == v && (strings.Contains(ws[k].Feats, "PronType=Int") || strings.Contains(ws[k].Feats, "PronType=Rel")) {
			return true
		}
	}
	return false
}

// relativeAsSubject mends a relative clause set off by commas after the
// subject, which the parse made the verb's second subject when its
// predicate was no verb: "Renner, who has been free on bail, was taken
// into custody" had free taken into custody beside Renner. A predicate
// whose subject is "who" or "which" right after a comma, hung on a verb
// as its subject while the noun before the comma is that verb's subject
// too, is the noun's relative clause.
func relativeAsSubject(ws []Word) {
	for r := 2; r+2 < len(ws); r++ {
		if ws[r].Lemma != "who" && ws[r].Lemma != "which" || ws[r-1].Form != "," || !strings.HasPrefix(ws[r].Deprel, "nsubj") {
			continue
		}
		c := ws[r].Head - 1
		if c <= r || !strings.HasPrefix(ws[c].Deprel, "nsubj") {
			continue
		}
		v, n := ws[c].Head-1, r-2
		if ws[n].Deprel == "flat" && ws[n].Head-1 < n {
			n = ws[n].Head - 1 // a name's first word heads it
		}
		if v <= c || ws[n].Head-1 != v || !strings.HasPrefix(ws[n].Deprel, "nsubj") || ws[n].UPOS != "PROPN" && ws[n].UPOS != "NOUN" {
			continue
		}
		ws[c].Head, ws[c].Deprel = n+1, "acl:relcl"
	}
}
