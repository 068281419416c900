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
// bribes pleaded guilty", "The toll from the fire that destroyed Lahaina
// rose".
func relativeObjectAsSubject(ws []language.Word, v int) {
	if ws[v].UPOS != "VERB" {
		return
	}
	first, second := twoSubjects(ws, v)
	if second < 0 {
		first, second = twoPassiveSubjects(ws, v) // "The man who shot the officer was arrested"
	}
	if second < 0 || ws[second].UPOS != "NOUN" && ws[second].UPOS != "PROPN" {
		return
	}
	rel := -1
	for k := first + 1; k < second; k++ {
		// The clause may be on a noun of the subject's phrase: "the
		// death toll from the fire that destroyed Lahaina climbed".
		if ws[k].Deprel == "acl:relcl" && under(ws, ws[k].Head-1, first) {
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

// relativeWithMainVerb mends the same misreading when the parse leaves
// the subject as the sentence's root and hangs the main verb on the
// relative clause, with the relative clause's object for its subject:
// "The storm that flooded the city killed three people on Monday" read
// as "the storm that flooded [that] the city killed …". A root noun whose
// relative clause, with "who", "which" or "that" for subject and no
// object, has a finite complement whose subject follows the relative
// verb, is the subject of that complement, and the complement's
// subject is the relative verb's object.
func relativeWithMainVerb(ws []language.Word, rel int) {
	n := ws[rel].Head - 1
	if ws[rel].Deprel != "acl:relcl" || n < 0 || ws[n].Head != 0 || ws[n].UPOS != "NOUN" && ws[n].UPOS != "PROPN" ||
		hasRelation(ws, rel, "obj") || !relativePronoun(ws, rel) {
		return
	}
	v := -1
	for k := rel + 1; k < len(ws) && v < 0; k++ {
		if ws[k].Head-1 == rel && ws[k].Deprel == "ccomp" && ws[k].UPOS == "VERB" && !hasRelation(ws, k, "mark") {
			v = k
		}
	}
	if v < 0 {
		return
	}
	x := -1
	for k := rel + 1; k < v; k++ {
		if ws[k].Head-1 == v && (ws[k].Deprel == "nsubj" || ws[k].Deprel == "nsubj:pass") {
			x = k
		}
	}
	if x < 0 || ws[x].UPOS != "NOUN" && ws[x].UPOS != "PROPN" {
		return
	}
	for j := rel + 1; j < v; j++ {
		if !under(ws, j, x) && !verbModifier(ws, j, v) {
			return
		}
	}
	ws[v].Head, ws[v].Deprel = 0, "root"
	makeSubject(ws, n, v)
	ws[x].Head, ws[x].Deprel = rel+1, "obj"
	for k := range ws {
		if k > v && ws[k].Head == n+1 && ws[k].Deprel == "punct" {
			ws[k].Head = v + 1
		}
	}
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

// conjoinedNounClause mends a second clause whose subject the parse
// coordinated with the first clause's verb: in "The firm collapsed on
// Friday, and its founder, Lena Marsh, stepped down" it reads "collapsed
// … and its founder" and hangs "stepped down" on the founder. A verb
// with no subject, conjoined to a noun that is itself a conjunct of a
// verb before it, with its "and" and nothing but the noun's own words
// between them, has that noun for its subject and is the verb's conjunct.
func conjoinedNounClause(ws []language.Word, v int) {
	if n := hungOnVerb(ws, v); n >= 0 {
		makeSubject(ws, n, v)
		for j := range n {
			if ws[j].Head-1 == n && ws[j].Deprel == "cc" {
				ws[j].Head = v + 1
			}
		}
		return
	}
	n := ws[v].Head - 1
	if ws[v].UPOS != "VERB" || ws[v].Deprel != "conj" && ws[v].Deprel != "parataxis" || n < 0 || n > v ||
		ws[n].UPOS != "NOUN" && ws[n].UPOS != "PROPN" || ws[n].Deprel != "conj" || !finiteWithoutSubject(ws, v) {
		return
	}
	r := ws[n].Head - 1
	if r < 0 || r > n || ws[r].UPOS != "VERB" {
		return
	}
	cc := -1
	for j := r + 1; j < n; j++ {
		if ws[j].Head-1 == n && ws[j].Deprel == "cc" {
			cc = j
		}
	}
	if cc < 0 {
		return
	}
	for j := n + 1; j < v; j++ {
		if !under(ws, j, n) && ws[j].Form != "," {
			return
		}
	}
	makeSubject(ws, n, v)
	ws[v].Head, ws[v].Deprel = r+1, "conj"
	ws[cc].Head = v + 1
	for j := n + 1; j < v; j++ {
		if ws[j].Head-1 == n && ws[j].Form == "," && (j+1 == v || ws[j+1].Form != "," && !under(ws, j+1, n)) {
			ws[j].Head = v + 1 // the comma closing the subject's apposition
		}
	}
}

// hungOnVerb finds the other reading of the same clause: the noun with
// its "and" hung on conjunct verb v, which has no subject, as a loose
// word of its ("and its chairman, Carl Dahl, resigned"); else -1.
func hungOnVerb(ws []language.Word, v int) int {
	if ws[v].UPOS != "VERB" || ws[v].Deprel != "conj" || !finiteWithoutSubject(ws, v) {
		return -1
	}
	for n := range v {
		if ws[n].Head-1 != v || ws[n].UPOS != "NOUN" && ws[n].UPOS != "PROPN" {
			continue
		}
		switch ws[n].Deprel {
		case "parataxis", "dep", "vocative", "obl:unmarked":
		case "obl":
			if hasRelation(ws, n, "case") {
				continue // "and on Friday, …": a true oblique
			}
		default:
			continue
		}
		if !hasRelation(ws, n, "cc") {
			return -1
		}
		for j := n + 1; j < v; j++ {
			if !under(ws, j, n) && ws[j].Form != "," {
				return -1
			}
		}
		return n
	}
	return -1
}

// participleWithClause mends the third reading of that sentence: the
// first verb read as the subject's reduced relative ("The company filed
// for bankruptcy …, and its founder, Eva Falk, stepped down" as "the
// company [that was] filed …"), with the second subject its conjunct
// and the second verb the root. A participle right after its noun, the
// root's subject, that has a noun conjunct with its own "and" after a
// comma, before the root, is the first clause's verb; the conjunct is
// the subject of the second.
func participleWithClause(ws []language.Word, p int) {
	n, v := p-1, ws[p].Head-1
	if p < 1 || ws[p].Deprel != "acl" || ws[p].XPOS != "VBN" || v != n || !strings.HasSuffix(ws[p].Form, "ed") ||
		hasRelation(ws, p, "aux") || hasRelation(ws, p, "aux:pass") || ws[n].Deprel != "nsubj" {
		return
	}
	v = ws[n].Head - 1
	if v <= p || ws[v].Head != 0 || ws[v].UPOS != "VERB" {
		return
	}
	c := -1
	for j := p + 1; j < v; j++ {
		if ws[j].Head-1 == p && ws[j].Deprel == "conj" && (ws[j].UPOS == "NOUN" || ws[j].UPOS == "PROPN") {
			c = j
		}
	}
	if c < 0 {
		return
	}
	cc := -1
	for j := p + 1; j < c; j++ {
		if ws[j].Head-1 == c && ws[j].Deprel == "cc" && ws[j-1].Form == "," {
			cc = j
		}
	}
	if cc < 0 {
		return
	}
	for j := c + 1; j < v; j++ {
		if !under(ws, j, c) && ws[j].Form != "," {
			return
		}
	}
	ws[p].Head, ws[p].Deprel, ws[p].XPOS, ws[p].Feats = 0, "root", "VBD", "Mood=Ind|Tense=Past|VerbForm=Fin"
	ws[n].Head = p + 1
	ws[v].Head, ws[v].Deprel = p+1, "conj"
	makeSubject(ws, c, v)
	ws[cc].Head = v + 1
	for j := range ws {
		if j > v && ws[j].Head == v+1 && ws[j].Deprel == "punct" && j == len(ws)-1 {
			ws[j].Head = p + 1 // the stop closes the sentence
		}
	}
}
