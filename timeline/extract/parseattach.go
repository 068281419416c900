package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline/language"
)

// Repairs of where the parse hangs a phrase (see repairParse): a relative
// clause after "N of the N", a "by" phrase on a day, the pair after
// "between", an -ing word after a possessive or before a subject, "about"
// before a number, "following" as a preposition, an age in commas after a
// reported subject.

// lowAttachment returns the noun that relative clause r belongs to when
// the parse hung it on the noun before "of" ("the recorders of a plane
// that crashed", "the son of the man who was killed"): English attaches a
// relative clause to the nearer noun. Else -1.
func lowAttachment(ws []language.Word, r int) int {
	h := ws[r].Head - 1
	if ws[r].Deprel != "acl:relcl" || h < 0 {
		return -1
	}
	pr := relativeWord(ws, h, r)
	n := pr - 1
	if pr < 0 || n <= h || ws[n].Head != h+1 || ws[n].Deprel != "nmod" || ws[n].UPOS != "NOUN" && ws[n].UPOS != "PROPN" {
		return -1
	}
	if number(ws, r) != "" && number(ws, r) != nounNumber(ws[n]) {
		return -1 // "the barns of Ostburg that were destroyed": the verb agrees with the first
	}
	of, determined := false, false
	for k := h + 1; k < n; k++ {
		if ws[k].Head != n+1 {
			continue
		}
		// "the black boxes from the plane that crashed": what is taken
		// out of a thing is told of by the thing's clause, as with "of";
		// "who" still goes to a person before.
		of = of || ws[k].Deprel == "case" && (strings.EqualFold(ws[k].Form, "of") || sourcePrep(ws[k].Form) && !strings.EqualFold(ws[pr].Form, "who"))
		// A bare noun after "of" only classes the first ("the division
		// of labour that had emerged"): the clause is the first's.
		determined = determined || ws[k].Deprel == "det" || ws[k].Deprel == "nmod:poss" || ws[k].Deprel == "nummod"
	}
	if of && determined {
		return n
	}
	return -1
}

// sourcePrep reports whether preposition form names where a thing was
// taken from or held in: "from", "aboard".
func sourcePrep(form string) bool {
	switch strings.ToLower(form) {
	case "from", "aboard":
		return true
	}
	return false
}

// number returns "Sing" or "Plur" as finite verb v or its auxiliary
// shows it ("was", "are", "takes"), or "" when its form does not tell.
func number(ws []language.Word, v int) string {
	forms := []int{v}
	for k := range ws {
		if ws[k].Head == v+1 && strings.HasPrefix(ws[k].Deprel, "aux") {
			forms = append(forms, k)
		}
	}
	for _, k := range forms {
		switch strings.ToLower(ws[k].Form) {
		case "was", "is", "has", "does":
			return "Sing"
		case "were", "are", "have", "do":
			return "Plur"
		}
		if ws[k].XPOS == "VBZ" {
			return "Sing"
		}
	}
	return ""
}

// nounNumber returns a noun's number, "Sing" unless it is marked plural.
func nounNumber(w language.Word) string {
	if strings.Contains(w.Feats, "Number=Plur") {
		return "Plur"
	}
	return "Sing"
}

// agentOffTime returns the passive verb that a "by" phrase is the doer of
// when the parse hung it on the day before it ("was grounded on Saturday
// by the carrier", as if "Saturday by the carrier"); else -1.
func agentOffTime(ws []language.Word, k int) int {
	t := ws[k].Head - 1
	if ws[k].Deprel != "nmod" || t < 0 || t > k || !timeWord(ws[t].Lemma) || !strings.HasPrefix(ws[t].Deprel, "obl") {
		return -1
	}
	v := ws[t].Head - 1
	if !caseIs(ws, k, "by") || v < 0 || !hasRelation(ws, v, "aux:pass") && !hasRelation(ws, v, "nsubj:pass") {
		return -1
	}
	return v
}

// timeWord reports whether lemma names a day or a part of one.
func timeWord(lemma string) bool {
	switch strings.ToLower(lemma) {
	case "morning", "afternoon", "evening", "night", "day", "week", "weekend", "month", "year", "today", "yesterday":
		return true
	}
	return weekday(lemma)
}

// betweenPair mends "between" at word c when the parse took the "and" of
// its pair for one joining two clauses: in "walked out after talks
// between the union and the operator broke down" the operator did not
// break down, the talks did. The second of the pair becomes the first's
// conjunct, the noun that "between" hangs on the verb's subject, and a
// subordinating preposition before that noun marks the clause.
func betweenPair(ws []language.Word, c int) {
	a := ws[c].Head - 1
	if !strings.EqualFold(ws[c].Form, "between") || ws[c].Deprel != "case" || a <= c || hasRelation(ws, a, "conj") {
		return
	}
	and := a + 1
	if and >= len(ws) || !strings.EqualFold(ws[and].Form, "and") || ws[and].Deprel != "cc" {
		return
	}
	v := ws[and].Head - 1
	if v <= and || ws[v].UPOS != "VERB" {
		return
	}
	b := -1
	for k := and + 1; k < v; k++ {
		if ws[k].Head == v+1 && strings.HasPrefix(ws[k].Deprel, "nsubj") {
			b = k
			break
		}
	}
	h := ws[a].Head - 1
	if b >= 0 && phraseFrom(ws, and+1, b) && h >= 0 && h < a && ws[h].UPOS == "NOUN" && ws[h].Head == 0 && ws[v].Head == h+1 && ws[v].Deprel == "conj" {
		// "Talks between the union and the industry resumed on
		// Wednesday": the parse made the talks the sentence's root and
		// "resumed" their conjunct, with the industry resuming.
		ws[b].Head, ws[b].Deprel = a+1, "conj"
		ws[and].Head = b + 1
		ws[v].Head, ws[v].Deprel = 0, "root"
		for k := v + 1; k < len(ws); k++ {
			if ws[k].Head == h+1 && ws[k].Deprel == "punct" {
				ws[k].Head = v + 1
			}
		}
		makeSubject(ws, h, v)
		return
	}
	if b < 0 || !phraseFrom(ws, and+1, b) || h < 0 || h > a || ws[h].UPOS != "NOUN" || under(ws, v, h) {
		return
	}
	ws[b].Head, ws[b].Deprel = a+1, "conj"
	ws[and].Head = b + 1
	for k := 0; k < h; k++ {
		if ws[k].Head == h+1 && ws[k].Deprel == "case" && subordinating(ws[k].Form) {
			ws[h].Head = v + 1
			makeSubject(ws, h, v)
			markClause(ws, k, v)
			return
		}
	}
}

// possessedParticiple mends an -ing word after a possessive that the
// parse took for a clause with the possessive as its subject: in
// "grounded its remaining four aircraft" the aircraft are grounded, and
// "remaining" only describes them ("their growing debts", "his ailing
// father"). The noun becomes the verb's object, the -ing word and the
// possessive its modifiers.
func possessedParticiple(ws []language.Word, k int) {
	if k == 0 || ws[k].XPOS != "VBG" || ws[k-1].XPOS != "PRP$" || ws[k-1].Head != k+1 {
		return
	}
	switch ws[k].Deprel {
	case "advcl", "ccomp", "xcomp":
	default:
		return
	}
	v := ws[k].Head - 1
	if v < 0 || ws[v].UPOS != "VERB" || hasRelation(ws, v, "obj") {
		return
	}
	n := -1
	for j := k + 1; j < len(ws) && j <= k+4; j++ {
		if ws[j].Head == k+1 && ws[j].Deprel == "obj" && (ws[j].UPOS == "NOUN" || ws[j].UPOS == "PROPN") {
			n = j
			break
		}
	}
	if n < 0 || !phraseFrom(ws, k+1, n) {
		return
	}
	ws[n].Head, ws[n].Deprel = v+1, "obj"
	ws[k].Head, ws[k].Deprel = n+1, "amod"
	ws[k-1].Head, ws[k-1].Deprel = n+1, "nmod:poss"
	for j := range ws {
		if ws[j].Head == k+1 && j != n {
			ws[j].Head = n + 1 // what hung on the -ing word hangs on the noun
		}
	}
}

// modifyingParticiple mends a bare -ing word right before the subject
// that the parse took for a clause of the verb: "Neighbouring Sudland
// sent a team", "Outgoing president Anna Berg said", "Banking regulators
// closed the bank" describe the subject.
func modifyingParticiple(ws []language.Word, k int) {
	n := k + 1
	if n >= len(ws) || ws[k].XPOS != "VBG" || ws[k].Deprel != "advcl" || ws[n].UPOS != "NOUN" && ws[n].UPOS != "PROPN" {
		return
	}
	if v := ws[k].Head - 1; ws[n].Deprel == "obj" && ws[n].Head == k+1 && v == n+1 && finiteWithoutSubject(ws, v) && k == 0 {
		// "Banking regulators closed the bank": the parse made the
		// regulators what is banked, and left "closed" with no subject.
		for j := range ws {
			if ws[j].Head == k+1 && j != n {
				return
			}
		}
		ws[k].Head, ws[k].Deprel = n+1, "amod"
		ws[n].Head, ws[n].Deprel = v+1, "nsubj"
		return
	}
	if ws[n].Deprel != "nsubj" || ws[n].Head != ws[k].Head {
		return
	}
	for j := range ws {
		if ws[j].Head == k+1 {
			return // "Opening the conference, Vasko said": a clause with its own words
		}
	}
	ws[k].Head, ws[k].Deprel = n+1, "amod"
}

// approximateObject mends "about" before a number that the parse took for
// a preposition: "is recalling about 800,000 cars" recalls the cars, about
// 800,000 of them. Not after a verb that takes "about" ("talked about 300
// issues", "brought about 30 changes").
func approximateObject(ws []language.Word, a int) {
	n, num := ws[a].Head-1, a+1
	if num >= len(ws) || ws[a].Deprel != "case" || ws[num].UPOS != "NUM" || ws[num].Head != n+1 || n <= num {
		return
	}
	switch strings.ToLower(ws[a].Form) {
	case "about", "around", "approximately", "roughly", "nearly", "almost":
	default:
		return
	}
	v := ws[n].Head - 1
	if v < 0 || ws[n].Deprel != "obl" || ws[v].UPOS != "VERB" || hasRelation(ws, v, "obj") || hasRelation(ws, v, "aux:pass") {
		return
	}
	if aboutVerbs[strings.ToLower(ws[v].Lemma)] {
		return
	}
	ws[a].Head, ws[a].Deprel, ws[a].UPOS, ws[a].XPOS = num+1, "advmod", "ADV", "RB"
	ws[n].Deprel = "obj"
}

// aboutVerbs take "about" for what they are about.
var aboutVerbs = map[string]bool{
	"talk": true, "speak": true, "think": true, "know": true, "worry": true, "care": true, "ask": true, "complain": true,
	"learn": true, "hear": true, "read": true, "write": true, "say": true, "tell": true, "argue": true, "joke": true,
	"forget": true, "bring": true, "come": true, "set": true, "go": true, "wonder": true, "dream": true, "feel": true,
	"laugh": true, "lie": true, "boast": true, "testify": true, "warn": true, "inform": true, "remind": true, "agree": true,
	"disagree": true, "fight": true, "quarrel": true, "debate": true, "protest": true, "comment": true, "report": true,
}

// prepositionalParticiple mends "following" (or "including", "excluding",
// "barring", "regarding", "concerning") that the parse took for a verb of its own: in "sacked the
// manager following Saturday's defeat" nothing follows anything; the
// defeat is what the sacking came after. The participle becomes the
// case of its object's phrase, and the phrase an oblique of the clause.
func prepositionalParticiple(ws []language.Word, k int) {
	switch strings.ToLower(ws[k].Form) {
	case "following", "including", "excluding", "barring", "regarding", "concerning":
	default:
		return
	}
	if ws[k].UPOS != "VERB" || ws[k].Deprel != "acl" && ws[k].Deprel != "advcl" || hasRelation(ws, k, "nsubj") {
		return
	}
	n := -1
	for j := k + 1; j < len(ws) && j <= k+8; j++ {
		if ws[j].Head == k+1 && ws[j].Deprel == "obj" {
			n = j
			break
		}
	}
	if n < 0 {
		return
	}
	v := ws[k].Head - 1
	for v >= 0 && ws[v].UPOS != "VERB" && ws[v].Deprel != "root" {
		v = ws[v].Head - 1 // the clause the phrase tells the time of
	}
	if v < 0 || under(ws, v, n) {
		return
	}
	// A possessive the parse took for the object heads nothing: "following
	// Saturday's 3-0 defeat" is the defeat, Saturday's.
	if n+1 < len(ws) && ws[n+1].Deprel == "case" && ws[n+1].Head == n+1 && ws[n+1].XPOS == "POS" {
		for j := n + 2; j < len(ws) && j <= n+6; j++ {
			if ws[j].UPOS == "NOUN" && ws[j].Head == n+1 {
				ws[n].Head, ws[n].Deprel = j+1, "nmod:poss"
				n = j
				break
			}
		}
	}
	ws[n].Head, ws[n].Deprel = v+1, "obl"
	ws[k].Head, ws[k].Deprel, ws[k].UPOS, ws[k].XPOS = n+1, "case", "ADP", "IN"
}

// agedSubject mends a reported clause whose subject carries an age in
// commas: in "Police allege Eric Kirkpatrick, 61, opened fire" the parse
// makes Kirkpatrick what the police allege and "opened" a verb of their
// own, so that the police opened fire. The name becomes the subject of
// the clause, and the clause what is alleged.
func agedSubject(ws []language.Word, v int) {
	h := ws[v].Head - 1
	if ws[v].UPOS != "VERB" || ws[v].Deprel != "conj" && ws[v].Deprel != "parataxis" || h < 0 || h > v ||
		hasRelation(ws, v, "nsubj") || hasRelation(ws, v, "cc") {
		return
	}
	switch strings.ToLower(ws[h].Lemma) {
	case "allege", "say", "believe", "claim", "report", "suspect", "state", "tell", "confirm":
	default:
		return
	}
	// … name , age , verb
	if v < 4 || ws[v-1].Form != "," || ws[v-2].UPOS != "NUM" || ws[v-3].Form != "," {
		return
	}
	o := ws[v-2].Head - 1
	if o < 0 || o >= v-3 || ws[o].Head != h+1 || ws[o].Deprel != "obj" || ws[o].UPOS != "PROPN" && ws[o].UPOS != "NOUN" {
		return
	}
	ws[o].Head, ws[o].Deprel = v+1, "nsubj"
	if hasRelation(ws, v, "aux:pass") {
		ws[o].Deprel = "nsubj:pass"
	}
	ws[v].Deprel = "ccomp"
}

// prepositionOffSubject mends a preposition inside a subject that the
// parse took for a clause's marker, splitting the subject in two: in
// "The charge against Dana Kovacs was dropped" the parse made "against"
// mark "dropped" and both the charge and Kovacs its subjects, so that
// Kovacs was dropped. The second noun goes back under the first, the
// preposition under it. Only a preposition that never opens a clause
// counts.
func prepositionOffSubject(ws []language.Word, v int) {
	first, prep := -1, -1
	for k := range v {
		if ws[k].Head-1 != v {
			continue
		}
		switch {
		case strings.HasPrefix(ws[k].Deprel, "nsubj") && first < 0:
			first = k
		case ws[k].Deprel == "mark" && first >= 0 && prep < 0 && nounPreposition(ws[k].Form):
			prep = k
		case strings.HasPrefix(ws[k].Deprel, "nsubj") && prep > first && first >= 0:
			ws[k].Head, ws[k].Deprel = first+1, "nmod"
			ws[prep].Head, ws[prep].Deprel = k+1, "case"
			return
		}
	}
}

// nounPreposition reports whether form is a preposition that never opens
// a clause, only a phrase.
func nounPreposition(form string) bool {
	switch strings.ToLower(form) {
	case "against", "of", "over", "into", "toward", "towards":
		return true
	}
	return false
}
