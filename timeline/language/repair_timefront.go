package language

import "strings"

// timeFrontedClause mends a sentence that opens with a span of time and
// the clause it is counted from: "Hours before he landed, the prosecutor
// announced charges" had landed the root and announced its conjunct;
// "Minutes after the plane took off, the engine failed" the same, with
// minutes a punctuation mark; "Two hours after the polls closed, the
// commission declared the result" had closed a relative clause of polls.
// A measure of time right before "after" or "before" that opens the
// sentence, then a noun phrase, its finite verb and a comma, is a clause
// of time: "after" its mark, the phrase its subject, the measure its
// unmarked oblique (as the treebanks have "a half year before the letters
// were sent"), and the clause hangs on the verb whose subject follows the
// comma.
func timeFrontedClause(ws []Word) {
	n := 0 // the measure
	for n < len(ws) && n < 4 && !lowerIn(timeMeasures, ws[n].Form) {
		if ws[n].UPOS != "NUM" && ws[n].UPOS != "DET" && ws[n].UPOS != "ADV" && ws[n].UPOS != "ADJ" {
			return
		}
		n++
	}
	a := n + 1 // "after" or "before"
	if a+2 >= len(ws) || ws[n].UPOS != "NOUN" || !strings.EqualFold(ws[a].Form, "after") && !strings.EqualFold(ws[a].Form, "before") {
		return
	}
	v := a + 1 // the clause's verb, after its subject's phrase and auxiliaries
	for v < len(ws) && subjectPhrase[ws[v].XPOS] {
		v++
	}
	subjEnd := v - 1
	if v < len(ws) && ws[v].Form == "," && subjEnd > a {
		measureBeforeComma(ws, n, v)
		return
	}
	for v < len(ws) && ws[v].UPOS == "AUX" {
		v++
	}
	if subjEnd == a || v >= len(ws) || ws[v].UPOS != "VERB" || !finite(ws[v].XPOS) && v == subjEnd+1 {
		return
	}
	c := v + 1 // the comma that closes the clause
	for c < len(ws) && ws[c].Form != "," {
		if h := ws[c].Head - 1; h < a || ws[c].Deprel == "punct" {
			return
		}
		c++
	}
	m := mainAfterComma(ws, c)
	if m < 0 {
		return
	}
	subj := -1 // the head of the subject's phrase: the word it hangs its other words on
	for k := a + 1; k <= subjEnd; k++ {
		if h := ws[k].Head - 1; h <= a || h > subjEnd {
			if subj >= 0 {
				return
			}
			subj = k
		}
	}
	if subj < 0 || ws[subj].UPOS != "NOUN" && ws[subj].UPOS != "PROPN" && ws[subj].UPOS != "PRON" {
		return
	}
	if ws[v].Head-1 == m && ws[v].Deprel == "advcl" && ws[a].Deprel == "mark" && ws[subj].Head-1 == v && strings.HasPrefix(ws[subj].Deprel, "nsubj") &&
		!strings.HasPrefix(ws[n].Deprel, "nsubj") && ws[n].Deprel != "punct" {
		return // read right already
	}
	if descends(ws, m, v) {
		// The main verb hung on the clause's, as its conjunct: it takes the
		// clause's place (the root), and what the clause's verb held after
		// the comma is the main verb's.
		ws[m].Head, ws[m].Deprel = ws[v].Head, ws[v].Deprel
		for k := c + 1; k < len(ws); k++ {
			if ws[k].Head-1 == v {
				ws[k].Head = m + 1
			}
		}
	}
	for k := 0; k < n; k++ {
		if h := ws[k].Head - 1; h < 0 || h > n {
			ws[k].Head = n + 1
		}
	}
	hangTimeClause(ws, timeClause{n, a, subj, subjEnd, v, c}, m)
}

// timeClause is a clause of time a measure opens: the measure n, "after"
// or "before" a, the subject's head subj and last word subjEnd, the verb
// v and the comma c that sets the clause off.
type timeClause struct{ n, a, subj, subjEnd, v, c int }

// hangTimeClause makes t a clause of time on verb h: "after" its mark,
// the phrase its subject, the measure its unmarked oblique.
func hangTimeClause(ws []Word, t timeClause, h int) {
	ws[t.n].Head, ws[t.n].Deprel = t.v+1, "obl:unmarked"
	ws[t.a].Head, ws[t.a].Deprel, ws[t.a].UPOS, ws[t.a].XPOS = t.v+1, "mark", "SCONJ", "IN"
	hangSubject(ws, t.subj, t.v)
	for k := t.subjEnd + 1; k < t.v; k++ {
		ws[k].Head = t.v + 1
	}
	ws[t.c].Head, ws[t.c].Deprel = t.v+1, "punct"
	ws[t.v].Head, ws[t.v].Deprel = h+1, "advcl"
}

// mainAfterComma returns the finite verb whose subject opens what follows
// the comma at c, or -1.
func mainAfterComma(ws []Word, c int) int {
	for k := c + 1; k < len(ws) && k-c <= maxPhrase; k++ {
		if !strings.HasPrefix(ws[k].Deprel, "nsubj") {
			continue
		}
		m := ws[k].Head - 1
		if m <= k || ws[m].UPOS != "VERB" && ws[m].UPOS != "AUX" && ws[m].UPOS != "ADJ" {
			return -1
		}
		return m
	}
	return -1
}

var (
	// timeMeasures are the nouns that measure a span of time.
	timeMeasures = map[string]bool{"seconds": true, "minute": true, "minutes": true, "hour": true, "hours": true,
		"day": true, "days": true, "week": true, "weeks": true, "month": true, "months": true, "year": true,
		"years": true, "moments": true, "decades": true}
	// subjectPhrase are the tags of the words of a clause's simple subject.
	subjectPhrase = map[string]bool{"DT": true, "PRP$": true, "CD": true, "JJ": true, "NN": true, "NNS": true,
		"NNP": true, "NNPS": true, "POS": true, "PRP": true}
)

// measureBeforeComma mends the same span before a phrase, not a clause:
// "Hours after the shooting, a motorist spotted the car" had hours a
// second subject of spotted. The measure at n is the main verb's unmarked
// oblique when that verb has a subject after the comma at c.
func measureBeforeComma(ws []Word, n, c int) {
	m := mainAfterComma(ws, c)
	if m < 0 || ws[n].Head-1 != m {
		apposedSubject(ws, n, c)
		return
	}
	if strings.HasPrefix(ws[n].Deprel, "nsubj") {
		ws[n].Deprel = "obl:unmarked"
	}
}

// apposedSubject mends the same span when the parse made it the main
// verb's only subject and hung the subject after the comma at c on the
// phrase before it: "Hours after the crash, Anna Berg, the airline's chief
// executive, was summoned" had Anna an apposition of the crash, the
// hours summoned and the executive their conjunct. A noun or name right
// after the comma, hung on the phrase of the measure at n, is the verb's
// subject, a noun phrase the parse hung on the measure between it and the
// verb its apposition, and the measure the verb's unmarked oblique.
func apposedSubject(ws []Word, n, c int) {
	m := ws[n].Head - 1
	if m <= c || !strings.HasPrefix(ws[n].Deprel, "nsubj") || ws[m].UPOS != "VERB" && ws[m].UPOS != "ADJ" {
		return
	}
	for k := range ws {
		if k != n && ws[k].Head-1 == m && strings.HasPrefix(ws[k].Deprel, "nsubj") {
			return // the verb's subject is another's
		}
	}
	p := c + 1
	for p < m && ws[p].Head-1 > c && ws[p].Head-1 < m {
		p = ws[p].Head - 1
	}
	if h := ws[p].Head - 1; p >= m || h < n || h >= c || ws[p].UPOS != "PROPN" && ws[p].UPOS != "NOUN" {
		return
	}
	switch ws[p].Deprel {
	case "appos", "flat", "conj":
	default:
		return
	}
	for k := c + 1; k < m; k++ {
		// every word before the verb is the subject's, an auxiliary or a
		// word the parse gave the measure
		if !descends(ws, k, p) && k != p && !descends(ws, k, n) && (ws[k].Head-1 != m || ws[k].UPOS != "AUX") {
			return
		}
	}
	ws[p].Head, ws[p].Deprel = m+1, ws[n].Deprel
	ws[n].Deprel = "obl:unmarked"
	for k := c + 1; k < m; k++ {
		if ws[k].Head-1 != n {
			continue
		}
		ws[k].Head = p + 1
		if ws[k].UPOS == "NOUN" || ws[k].UPOS == "PROPN" {
			ws[k].Deprel = "appos"
		}
	}
}

// measuredClause mends the same span and clause after the main clause's
// comma: "China ordered its airlines to ground the jets, a day after a
// plane of the same model crashed" had the plane a noun of the day and
// crashed a verb of its own with no subject. A measure of time after a
// comma, then "after" or "before", a noun phrase, and its finite verb,
// with the sentence's root before the comma, is a clause of time on the
// verb the parse hung the measure on before the comma, else on the root
// ("said that they had removed the president, hours after members of
// his guard detained him": the removal's): "after" its mark, the phrase its subject, the measure its
// unmarked oblique; a participle with no auxiliary there is the verb's
// past tense.
func measuredClause(ws []Word) {
	m := rootOf(ws)
	for c := m + 1; m >= 0 && c+3 < len(ws); c++ {
		if ws[c].Form != "," {
			continue
		}
		n := c + 1 // the measure
		for n < len(ws) && n-c <= 3 && !lowerIn(timeMeasures, ws[n].Form) && (ws[n].UPOS == "NUM" || ws[n].UPOS == "DET" || ws[n].UPOS == "ADJ") {
			n++
		}
		a := n + 1
		if a+2 >= len(ws) || ws[n].UPOS != "NOUN" || !lowerIn(timeMeasures, ws[n].Form) || !strings.EqualFold(ws[a].Form, "after") && !strings.EqualFold(ws[a].Form, "before") {
			continue
		}
		v := a + 1
		for v < len(ws) && (subjectPhrase[ws[v].XPOS] || strings.EqualFold(ws[v].Form, "of")) {
			v++
		}
		subjEnd := v - 1
		for v < len(ws) && ws[v].UPOS == "AUX" {
			v++
		}
		if subjEnd == a || v >= len(ws) || ws[v].UPOS != "VERB" || ws[m].UPOS != "VERB" {
			continue
		}
		// A participle right after the phrase, with no auxiliary, is the
		// clause's past tense ("after a plane of the same model crashed").
		bare := v == subjEnd+1 && ws[v].XPOS == "VBN" && !hasDependent(ws, v, "aux", "aux:pass", "obl:agent", "obj") && !finiteAfter(ws, v)
		if !finite(ws[v].XPOS) && v == subjEnd+1 && !bare {
			continue
		}
		subj := -1
		for k := a + 1; k <= subjEnd; k++ {
			if h := ws[k].Head - 1; h <= a || h > subjEnd {
				if subj >= 0 {
					subj = -2
					break
				}
				subj = k
			}
		}
		if ws[n].Head-1 == v && strings.HasPrefix(ws[n].Deprel, "nsubj") {
			// "two days after the building came down" had the days come
			// down: the measure is the clause's oblique, not its subject.
			ws[n].Deprel = "obl:unmarked"
		}
		if subj < 0 || ws[subj].UPOS != "NOUN" && ws[subj].UPOS != "PROPN" || subjectOutside(ws, v, a, subjEnd) {
			continue
		}
		h := m // the clause the measure was on, if one before the comma, else the root
		if k := ws[n].Head - 1; k >= 0 && k < c && ws[k].UPOS == "VERB" {
			h = k
		}
		if bare {
			makePast(ws, v, subj)
		}
		for k := c + 1; k < n; k++ {
			ws[k].Head = n + 1
		}
		hangTimeClause(ws, timeClause{n, a, subj, subjEnd, v, c}, h)
		return
	}
}

// subjectOutside reports whether verb v has a subject outside the words
// from a to e.
func subjectOutside(ws []Word, v, a, e int) bool {
	for k := range ws {
		if ws[k].Head-1 == v && strings.HasPrefix(ws[k].Deprel, "nsubj") && (k < a || k > e) {
			return true
		}
	}
	return false
}

// finiteAfter reports whether a finite verb follows word v before the next
// punctuation mark: "a dam run by the company collapsed" has run a
// participle of the dam's.
func finiteAfter(ws []Word, v int) bool {
	for k := v + 1; k < len(ws) && ws[k].UPOS != "PUNCT"; k++ {
		if ws[k].UPOS == "VERB" && finite(ws[k].XPOS) {
			return true
		}
	}
	return false
}

// spanBeforeAsObject mends "a conclave that had opened the day before",
// which the parse read with the day the verb's object: "the day", "the
// week" or "the year" right before "before", "earlier", "after" or "later"
// is when, an unmarked oblique, as the treebanks have it every time.
func spanBeforeAsObject(ws []Word) {
	for t := 1; t+1 < len(ws); t++ {
		if ws[t].Deprel != "obj" || !isTimeNoun(ws[t]) || !strings.EqualFold(ws[t-1].Form, "the") || !lowerIn(relativeTimeAdverbs, ws[t+1].Form) {
			continue
		}
		ws[t].Deprel = "obl:unmarked"
		if a := t + 1; ws[a].UPOS == "ADV" {
			ws[a].Head, ws[a].Deprel = t+1, "advmod"
		}
	}
}

// relativeTimeAdverbs count a span from another time: "the day before".
var relativeTimeAdverbs = map[string]bool{"before": true, "earlier": true, "after": true, "later": true}

// frontedTimeSubject mends a time that opens the sentence before a comma,
// which the parse read as a second subject of the verb: "Last season, the
// team lost in the first round" had the season lose. A time noun (or a
// season of sport, farming or school) that begins the sentence, a comma
// after its phrase and another subject of its verb after that, is the
// verb's unmarked oblique.
func frontedTimeSubject(ws []Word) {
	for n := range ws {
		v := ws[n].Head - 1
		if v < 0 || ws[n].Deprel != "nsubj" || !isTimeNoun(ws[n]) && !lowerIn(periodNouns, ws[n].Form) || leftmost(ws, n) != 0 {
			continue
		}
		if c := closingWord(ws, n); c >= len(ws) || ws[c].Form != "," || !subjectAfter(ws, v, c) {
			continue
		}
		ws[n].Deprel = "obl:unmarked"
	}
}

// periodNouns name stretches of time that timeNouns leave out.
var periodNouns = map[string]bool{"season": true, "offseason": true, "summer": true, "winter": true, "spring": true,
	"autumn": true, "quarter": true, "decade": true, "term": true, "semester": true, "century": true}
