package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline/language"
	wn "github.com/storyline/storyline/timeline/lexicon"
)

// dayOffMeasure returns the verb that a day phrase dates when the parse
// hung it on a measure or a thing in the verb's phrase ("raised its rate
// by half a point on Thursday", as if "a point on Thursday"); else -1. A
// noun that names an event keeps its day: "the meeting on Thursday".
func dayOffMeasure(ws []language.Word, k int) int {
	n := ws[k].Head - 1
	if ws[k].Deprel != "nmod" || n < 0 || n > k || !weekday(ws[k].Lemma) || !caseIs(ws, k, "on") {
		return -1
	}
	if ws[n].UPOS != "NOUN" && ws[n].UPOS != "PROPN" || wn.IsEventNoun(strings.ToLower(ws[n].Lemma)) ||
		!strings.HasPrefix(ws[n].Deprel, "obl") && ws[n].Deprel != "obj" && ws[n].Deprel != "nsubj" {
		return -1 // ("Norvia on Tuesday ordered …": the day is the order's)
	}
	v := ws[n].Head - 1
	if v < 0 || ws[v].UPOS != "VERB" {
		return -1
	}
	return v
}

// dayOffDated returns the verb that a day phrase dates when the parse
// hung it on a noun that a possessive day already dates ("demanded a
// recount of Sunday's vote on Tuesday", as if the vote were on both
// days); else -1. The verb is the nearest above the noun through the
// phrases of its object.
func dayOffDated(ws []language.Word, k int) int {
	n := ws[k].Head - 1
	if ws[k].Deprel != "nmod" || n < 0 || n > k || !weekday(ws[k].Lemma) || !caseIs(ws, k, "on") {
		return -1
	}
	dated := false
	for j := 0; j < n; j++ {
		if ws[j].Head == n+1 && ws[j].Deprel == "nmod:poss" && weekday(ws[j].Lemma) {
			dated = true
		}
	}
	if !dated {
		return -1
	}
	for v, steps := n, 0; v >= 0 && steps < 4; v, steps = ws[v].Head-1, steps+1 {
		if ws[v].UPOS == "VERB" {
			return v
		}
		if ws[v].Deprel != "nmod" && ws[v].Deprel != "obj" && !strings.HasPrefix(ws[v].Deprel, "obl") {
			return -1
		}
	}
	return -1
}

// activeAgent mends a "by" phrase the parse took for the doer of a verb
// that is not passive: in "raised its rate by half a point" the point is
// how much, not who.
func activeAgent(ws []language.Word, k int) {
	v := ws[k].Head - 1
	if ws[k].Deprel != "obl:agent" || v < 0 || ws[v].XPOS == "VBN" || hasRelation(ws, v, "aux:pass") || hasRelation(ws, v, "nsubj:pass") {
		return
	}
	ws[k].Deprel = "obl"
}

// weekday reports whether lemma names a day of the week.
func weekday(lemma string) bool {
	var b [16]byte
	switch string(lowerWord(b[:0], lemma)) {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}

// caseIs reports whether word k has the case word form (lower case).
func caseIs(ws []language.Word, k int, form string) bool {
	for j := range ws {
		if ws[j].Head == k+1 && ws[j].Deprel == "case" && strings.EqualFold(ws[j].Form, form) {
			return true
		}
	}
	return false
}

// measuredClause mends "two weeks after a jury found him guilty", which
// the parse reads with the weeks as what found him guilty and the jury
// as a noun after "after", on the weeks or on the verb. The noun after the preposition is the verb's
// subject, the preposition marks the clause, and the measure says how
// long after: the clause is the main verb's adverbial.
func measuredClause(ws []language.Word, v int) {
	if ws[v].UPOS != "VERB" {
		return
	}
	m := -1
	for k := 0; k < v; k++ {
		if ws[k].Head == v+1 && ws[k].Deprel == "nsubj" {
			m = k
		}
	}
	if m < 0 || !timeUnit(ws[m].Lemma) || !hasRelation(ws, m, "nummod") && !hasRelation(ws, m, "det") {
		return
	}
	for n := m + 1; n < v; n++ {
		onMeasure := ws[n].Head == m+1 && ws[n].Deprel == "nmod"
		onVerb := ws[n].Head == v+1 && ws[n].Deprel == "obl" // "two days after the tunnel collapsed", the tunnel hung on the verb
		if !onMeasure && !onVerb || ws[n].UPOS != "NOUN" && ws[n].UPOS != "PROPN" && ws[n].UPOS != "PRON" {
			continue
		}
		c := -1
		for k := m + 1; k < n; k++ {
			if ws[k].Head == n+1 && ws[k].Deprel == "case" && subordinating(ws[k].Form) {
				c = k
			}
		}
		if c < 0 || !phraseFrom(ws, c+1, n) {
			return
		}
		for j := n + 1; j < v; j++ {
			if !under(ws, j, n) {
				return // the noun's phrase must end right before the verb
			}
		}
		ws[n].Head, ws[n].Deprel = v+1, "nsubj"
		ws[c].Head, ws[c].Deprel, ws[c].UPOS = v+1, "mark", "SCONJ"
		ws[m].Head, ws[m].Deprel = v+1, "obl:npmod"
		if ws[v].Deprel == "conj" || ws[v].Deprel == "parataxis" {
			ws[v].Deprel = "advcl"
		}
		return
	}
}

// measuredAdverbial mends a measure of time before "before" or "after"
// that the parse took for a thing: in "named her cabinet on Monday, a
// week before she is sworn in, picking …" the clause hangs on the week,
// which hangs on nothing, and in "conceded hours after the ruling" the
// hours are what was conceded. The measure says how long before or after
// the verb's time: the clause is the verb's adverbial, and so are the
// participles the parse hung on the measure.
func measuredAdverbial(ws []language.Word, m int) {
	if !timeUnit(ws[m].Lemma) || m+1 >= len(ws) || ws[m].UPOS != "NOUN" {
		return
	}
	if ws[m].Deprel == "obj" {
		switch strings.ToLower(ws[m+1].Form) {
		case "after", "before":
			if ws[m+1].Deprel == "case" || ws[m+1].Deprel == "mark" {
				ws[m].Deprel = "obl:npmod" // "conceded hours after the ruling"
			}
		}
		return
	}
	v := -1
	for k := range ws {
		if ws[k].Head == 0 && ws[k].UPOS == "VERB" && k < m {
			v = k
		}
	}
	if v < 0 || strings.HasPrefix(ws[m].Deprel, "obl") || ws[m].Head-1 == v {
		return
	}
	c := -1
	for k := m + 1; k < len(ws); k++ {
		if ws[k].Head == m+1 && ws[k].UPOS == "VERB" && strings.HasPrefix(ws[k].Deprel, "acl") {
			for j := m + 1; j < k; j++ {
				if ws[j].Head == k+1 && ws[j].Deprel == "mark" && (strings.EqualFold(ws[j].Form, "before") || strings.EqualFold(ws[j].Form, "after")) {
					c = k
				}
			}
			break
		}
	}
	if c < 0 {
		return
	}
	for k := c + 1; k < len(ws); k++ {
		if ws[k].Head == m+1 && ws[k].UPOS == "VERB" && ws[k].XPOS == "VBG" {
			ws[k].Head, ws[k].Deprel = v+1, "advcl" // ", picking a former governor": the naming's
		}
	}
	ws[c].Head, ws[c].Deprel = v+1, "advcl"
	ws[m].Head, ws[m].Deprel = c+1, "obl:npmod"
}

// timeUnit reports whether lemma is a unit of time a clause may be
// measured by: "two weeks after".
func timeUnit(lemma string) bool {
	var b [16]byte
	switch string(lowerWord(b[:0], lemma)) {
	case "second", "minute", "hour", "day", "week", "month", "year", "decade":
		return true
	}
	return false
}

// orderedToDo mends an infinitive the parse hung on the object of a verb
// of ordering, asking or expecting as the object's modifier: in "ordered three
// diplomats to leave the country" the diplomats are to leave; the
// infinitive is what is ordered (the verb's xcomp), and a summary keeps
// it.
func orderedToDo(ws []language.Word, k int) {
	n := ws[k].Head - 1
	if ws[k].UPOS != "VERB" || ws[k].XPOS != "VB" || ws[k].Deprel != "acl" || n < 0 || n > k || ws[n].Deprel != "obj" && ws[n].Deprel != "iobj" || !hasRelation(ws, k, "mark") {
		return
	}
	v := ws[n].Head - 1
	if v < 0 || v > n || ws[v].UPOS != "VERB" {
		return
	}
	if orderingVerb(ws[v].Lemma) {
		ws[k].Head, ws[k].Deprel = v+1, "xcomp"
		return
	}
	switch strings.ToLower(ws[v].Lemma) {
	case "expect", "want", "need", "predict", "forecast", "wish", "prefer":
		// What is expected or wanted of the object: "Forecasters
		// expect the winds to ease by Tuesday".
		ws[k].Head, ws[k].Deprel = v+1, "xcomp"
	}
}

// orderedAfterAside mends an infinitive that follows a named object set
// off by an aside, its age or its title ("ordered Carl Dahl, 61, to
// repay", "ordered Carl Dahl, a former mayor, to repay"): the parse
// hangs it on the verb as a purpose or on the title as its modifier, so
// that the judge, or the title, repays. The infinitive is what is
// ordered of the one named.
func orderedAfterAside(ws []language.Word, k int) {
	if ws[k].UPOS != "VERB" || ws[k].XPOS != "VB" || ws[k].Deprel != "advcl" && ws[k].Deprel != "acl" || k < 2 ||
		!strings.EqualFold(ws[k-1].Form, "to") || ws[k-1].Head-1 != k || ws[k-2].Form != "," {
		return
	}
	for v := range k {
		n := -1
		for j := v + 1; j < k; j++ {
			if ws[j].Head-1 == v && ws[j].Deprel == "obj" {
				n = j
				break
			}
		}
		if n < 0 || ws[v].UPOS != "VERB" || !orderingVerb(ws[v].Lemma) || ws[n].UPOS != "PROPN" && ws[n].UPOS != "PRON" {
			continue
		}
		if ws[k].Head-1 != v && !under(ws, ws[k].Head-1, n) {
			return
		}
		for j := n + 1; j < k-2; j++ {
			if !under(ws, j, n) && ws[j].Form != "," && ws[j].UPOS != "NUM" {
				return // the aside must be the object's: its title, or its age the parse may hang elsewhere
			}
		}
		ws[k].Head, ws[k].Deprel = v+1, "xcomp"
		return
	}
}

// orderingVerb reports whether a verb asks its object to do what its
// infinitive says.
func orderingVerb(lemma string) bool {
	switch strings.ToLower(lemma) {
	case "order", "ask", "urge", "tell", "force", "allow", "instruct", "invite", "require", "encourage", "persuade", "advise", "direct", "command", "compel", "press":
		return true
	}
	return false
}

// dayAsSubject mends "The Constitutional Court on Tuesday upheld the
// impeachment, removing him from office", which the parse read with the
// day as the verb's subject and the court as the subject of the participle
// that closes the sentence: the day dates the verb, the court is its
// subject, and the verb is the sentence's, the participle its adverbial.
// The parse may also give the verb both subjects, the day after "on" as
// its mark: the day is then only moved.
func dayAsSubject(ws []language.Word, d int) {
	v := ws[d].Head - 1
	if d < 2 || v <= d || ws[d].Deprel != "nsubj" || !weekday(ws[d].Lemma) || !strings.EqualFold(ws[d-1].Form, "on") || ws[v].UPOS != "VERB" {
		return
	}
	n := d - 2
	for ws[n].Head > 0 && ws[n].Head-1 < d-1 && ws[n].Head-1 > n-4 && (ws[n].Deprel == "flat" || ws[n].Deprel == "compound") {
		n = ws[n].Head - 1
	}
	r := ws[n].Head - 1
	if ws[n].UPOS != "NOUN" && ws[n].UPOS != "PROPN" || ws[n].Deprel != "nsubj" {
		return
	}
	if r != v {
		// The noun is the closing participle's subject: the verb is the
		// sentence's.
		if r <= v || ws[r].Head != 0 || ws[r].XPOS != "VBG" {
			return
		}
		ws[v].Head, ws[v].Deprel = 0, "root"
		ws[r].Head, ws[r].Deprel = v+1, "advcl"
		ws[n].Head = v + 1
	}
	ws[d].Head, ws[d].Deprel = v+1, "obl"
	ws[d-1].Head, ws[d-1].Deprel, ws[d-1].UPOS, ws[d-1].XPOS = d+1, "case", "ADP", "IN"
	for k := range ws {
		if ws[k].Head == r+1 && ws[k].Deprel == "punct" && k == len(ws)-1 {
			ws[k].Head = v + 1 // the full stop is the sentence's
		}
	}
}
