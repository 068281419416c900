package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline/language"
)

// News joins two passives of different subjects with "and": "Emergency
// rooms were closed on Sunday and dozens of surgeries were postponed".
// The parser hangs the second subject on a noun of the first clause as
// its conjunct ("Sunday and dozens"), so the second verb, with no subject
// of its own, is read as the first clause's: the rooms were postponed.
//
// A relative clause whose verb takes an object right before the main
// verb ("Two businessmen who paid the bribes pleaded guilty") leaves the
// parser with two nouns before the main verb; it makes both its
// subjects, and the bribes plead.

// conjoinedClauseSubject gives conjunct verb v (or a complement of a verb
// that reports nothing), finite by its auxiliary but with no subject, the noun phrase right before it that the parse
// coordinated with a noun of the clause v is joined to: the phrase is
// v's subject, its "and" v's.
func conjoinedClauseSubject(ws []language.Word, v int) {
	r := ws[v].Head - 1
	if ws[v].Deprel != "conj" && (ws[v].Deprel != "ccomp" || r < 0 || reportingVerb(ws[r].Lemma) || hasRelation(ws, v, "mark")) || r < 0 || r > v || ws[r].UPOS != "VERB" || !finiteAuxiliary(ws, v) || !finiteWithoutSubject(ws, v) ||
		!hasRelation(ws, r, "nsubj") && !hasRelation(ws, r, "nsubj:pass") {
		return
	}
	n := -1
	for j := v - 1; j > r; j-- {
		if !verbModifier(ws, j, v) {
			n = j
			break
		}
	}
	if n < 0 || ws[n].UPOS != "NOUN" && ws[n].UPOS != "PROPN" {
		return
	}
	for ws[n].Deprel == "nmod" && ws[n].Head-1 > r && ws[n].Head-1 < n && ws[ws[n].Head-1].UPOS == "NOUN" {
		n = ws[n].Head - 1 // "dozens of surgeries": the dozens were postponed
	}
	g := ws[n].Head - 1
	if ws[n].Deprel != "conj" || g < 0 || g > n || g == r || !under(ws, g, r) {
		return
	}
	cc := -1
	for j := g + 1; j < n; j++ {
		if ws[j].Head-1 == n && ws[j].Deprel == "cc" {
			cc = j
		}
	}
	if cc < 0 || !phraseFrom(ws, cc+1, n) {
		return // "the rooms and the wards were closed": a list, not a clause
	}
	for j := n + 1; j < v; j++ {
		if !under(ws, j, n) && !verbModifier(ws, j, v) {
			return
		}
	}
	makeSubject(ws, n, v)
	ws[cc].Head = v + 1
	ws[v].Deprel = "conj" // "arrested Carl Dahl and his brother was charged": no complement of the arrest
}

// relativeObjectAsSubject makes the second of two subjects of verb v the
// object of the relative clause the first one carries, when it follows
// that clause's verb, which has no object: "Two businessmen who paid the
// bribes pleaded guilty".
func relativeObjectAsSubject(ws []language.Word, v int) {
	if ws[v].UPOS != "VERB" {
		return
	}
	first, second := twoSubjects(ws, v)
	if second < 0 || ws[second].UPOS != "NOUN" {
		return
	}
	rel := -1
	for k := first + 1; k < second; k++ {
		if ws[k].Head-1 == first && ws[k].Deprel == "acl:relcl" {
			rel = k
		}
	}
	if rel < 0 || hasRelation(ws, rel, "obj") || hasRelation(ws, rel, "nsubj:pass") || !hasRelation(ws, rel, "nsubj") {
		return
	}
	for j := rel + 1; j < second; j++ {
		if !under(ws, j, second) {
			return // the object must follow the relative clause's verb
		}
	}
	for j := second + 1; j < v; j++ {
		if !under(ws, j, second) && !verbModifier(ws, j, v) {
			return
		}
	}
	if !relativePronoun(ws, rel) {
		return
	}
	ws[second].Head, ws[second].Deprel = rel+1, "obj"
}

// relativePronoun reports whether relative clause r opens with "who",
// "which" or "that" as its subject: the clause then wants an object.
func relativePronoun(ws []language.Word, r int) bool {
	for k := range r {
		if ws[k].Head-1 == r && ws[k].Deprel == "nsubj" {
			switch strings.ToLower(ws[k].Form) {
			case "who", "which", "that":
				return true
			}
		}
	}
	return false
}

// subordinateSubject mends a clause after "after", "before", "until" …
// that the parser read as a phrase of the noun before it, making that
// noun the clause verb's subject: in "Passengers were evacuated down
// emergency slides after the plane stopped on the runway" the slides
// stopped, "after the plane" their modifier, and the verb a second
// deed of the sentence. The noun after the preposition is the verb's
// subject, the preposition its mark, and the noun before it goes back
// to the verb the clause is joined to.
func subordinateSubject(ws []language.Word, v int) {
	r := ws[v].Head - 1
	if ws[v].UPOS != "VERB" || ws[v].Deprel != "conj" || r < 0 || r > v || ws[r].UPOS != "VERB" {
		return
	}
	s := -1
	for k := r + 1; k < v; k++ {
		if ws[k].Head-1 == v && ws[k].Deprel == "nsubj" {
			s = k
		}
	}
	if s < 0 || hasRelation(ws, v, "cc") {
		return // "and the plane stopped": a clause of its own
	}
	n, c := -1, -1
	for k := s + 1; k < v; k++ {
		if ws[k].Head-1 == s && ws[k].Deprel == "nmod" && (ws[k].UPOS == "NOUN" || ws[k].UPOS == "PROPN") {
			n = k
		}
	}
	if n < 0 {
		return
	}
	for k := s + 1; k < n; k++ {
		if ws[k].Head-1 == n && ws[k].Deprel == "case" {
			c = k
		}
	}
	if c < 0 || !subordinating(ws[c].Form) || !phraseFrom(ws, c+1, n) {
		return
	}
	for j := n + 1; j < v; j++ {
		if !under(ws, j, n) && !verbModifier(ws, j, v) {
			return
		}
	}
	ws[s].Head, ws[s].Deprel = r+1, "obl"
	makeSubject(ws, n, v)
	markClause(ws, c, v)
}

// markedConjunct makes a verb the parse joined to another as a conjunct
// with no "and", but opened by "after", "before", "until" …, the clause
// of time it is: "Passengers were evacuated after the plane stopped" is
// no sequence of evacuating, then stopping.
func markedConjunct(ws []language.Word, v int) {
	if ws[v].UPOS != "VERB" || ws[v].Deprel != "conj" || hasRelation(ws, v, "cc") {
		return
	}
	for k := range v {
		if ws[k].Head-1 == v && ws[k].Deprel == "mark" && subordinating(ws[k].Form) {
			ws[v].Deprel = "advcl"
			return
		}
	}
}
