package language

// contactRelativeSpeaker mends a closing speaker whose noun has a relative
// clause with no relative pronoun ("Two aid workers were freed on
// Tuesday, the charity they work for said"). The parse, which rarely sees
// such a clause, made the noun an apposition or object of the sentence's
// verb, the clause's verb a second verb of it and the verb of saying a
// clause of the relative one, so that the charity said nothing. The words
// are read from their tags, since the parse of them is what went wrong:
// after the last comma (or comma and closing quotation mark), a noun
// phrase that opens with a determiner or possessive, a pronoun or name,
// a finite verb with its auxiliaries and perhaps a stranded preposition,
// then a verb of saying and at most a phrase of time. The verb of saying
// is the root, the noun its subject, what comes before the comma what
// was said, and the clause the noun's.
func contactRelativeSpeaker(ws []Word) {
	v, i, t := speakerVerbAtEnd(ws)
	if v < 6 {
		return
	}
	r := v - 1
	p := -1 // a stranded preposition or particle: "work for", "set up"
	if ws[r].XPOS == "IN" || ws[r].XPOS == "RP" {
		p, r = r, r-1
	}
	if ws[r].UPOS != "VERB" || !finite(ws[r].XPOS) && ws[r].XPOS != "VBN" {
		return
	}
	a := r // the first of the clause verb's auxiliaries
	for a > 0 && ws[a-1].UPOS == "AUX" {
		a--
	}
	if ws[r].XPOS == "VBN" && a == r {
		return // a participle of the noun's: "the officials involved said"
	}
	s, f := clauseSubjectBefore(ws, a)
	if s < 0 {
		return
	}
	n := f - 1
	if ws[n].XPOS != "NN" && ws[n].XPOS != "NNS" {
		return
	}
	lo := n
	for lo > 0 && nounModifierTag[ws[lo-1].XPOS] {
		lo--
	}
	c := lo - 1 // the comma, or the closing quotation mark after it
	if lo == n || ws[lo].XPOS != "DT" && ws[lo].XPOS != "PRP$" || c < 1 {
		return
	}
	if closesQuote(ws[c].Form) && ws[c-1].Form == "," {
		c--
	}
	if ws[c].Form != "," || c < 1 {
		return
	}
	if ws[n].Head-1 == v && ws[n].Deprel == "nsubj" && ws[r].Head-1 == n && (p < 0 || ws[p].Head-1 == r) {
		return // parsed right
	}
	m := rootOf(ws)
	if m == v {
		// The verb of saying is the root already: what was said is the
		// clause it took before the comma.
		m = -1
		for k := 0; k < c; k++ {
			if ws[k].Head-1 == v && (ws[k].Deprel == "ccomp" || ws[k].Deprel == "parataxis") {
				m = k
			}
		}
	}
	if m < 0 || m >= c {
		return
	}
	for k := 0; k < lo; k++ {
		if h := ws[k].Head - 1; h >= c || k >= c {
			ws[k].Head = m + 1 // the comma and what else the tail held of the front
		}
	}
	ws[v].Head, ws[v].Deprel = 0, "root"
	if ws[v].XPOS == "VBN" {
		makePast(ws, v, n)
	}
	ws[m].Head, ws[m].Deprel = v+1, "ccomp"
	for k := lo; k < n; k++ {
		if h := ws[k].Head - 1; h < lo || h > n {
			ws[k].Head, ws[k].Deprel = n+1, modifierRelation(ws[k].XPOS)
		}
	}
	ws[n].Head, ws[n].Deprel = v+1, "nsubj"
	ws[s].Head, ws[s].Deprel = r+1, "nsubj"
	for k := f; k < a; k++ {
		switch {
		case k < s:
			ws[k].Head, ws[k].Deprel = s+1, modifierRelation(ws[k].XPOS)
		case k > s:
			ws[k].Head, ws[k].Deprel = s+1, "flat"
		}
	}
	for k := a; k < r; k++ {
		ws[k].Head, ws[k].Deprel = r+1, "aux"
	}
	ws[r].Head, ws[r].Deprel = n+1, "acl:relcl"
	if ws[r].XPOS == "VBN" && a == r {
		makePast(ws, r, s)
	}
	if p >= 0 {
		ws[p].Head, ws[p].Deprel = r+1, "obl"
		if ws[p].XPOS == "RP" {
			ws[p].Deprel = "compound:prt"
		}
	}
	for k := v + 1; k < len(ws); k++ {
		switch {
		case k == t:
			ws[k].Head, ws[k].Deprel = v+1, "obl"
		case k >= i && k < t:
			ws[k].Head, ws[k].Deprel = t+1, modifierRelation(ws[k].XPOS)
		default:
			ws[k].Head = v + 1 // the full stop
		}
	}
}

// clauseSubjectBefore returns the subject of a clause whose verb or
// first auxiliary is at a, and the subject phrase's first word, or -1, -1:
// a personal pronoun, a name ("the firm Anna Berg founded") or a noun
// phrase that a determiner or possessive opens ("the union its members
// belong to"), whose head is the noun right before a.
func clauseSubjectBefore(ws []Word, a int) (s, f int) {
	s = a - 1
	if s < 2 {
		return -1, -1
	}
	switch ws[s].XPOS {
	case "PRP":
		if !lowerIn(nominative, ws[s].Form) {
			return -1, -1
		}
		return s, s
	case "NNP":
		for s > 0 && ws[s-1].XPOS == "NNP" {
			s--
		}
		return s, s
	case "NN", "NNS":
		f = s - 1
		for f > 0 && (ws[f].XPOS == "JJ" || ws[f].XPOS == "CD") {
			f--
		}
		if ws[f].XPOS != "DT" && ws[f].XPOS != "PRP$" {
			return -1, -1
		}
		return s, f
	}
	return -1, -1
}

// speakerVerbAtEnd returns the verb of saying that ends a sentence, save
// its punctuation and a phrase of time ("said on Tuesday"), with the
// phrase's preposition and noun (or -1, -1), or -1.
func speakerVerbAtEnd(ws []Word) (v, i, t int) {
	e := len(ws) - 1
	if e < 0 {
		return -1, -1, -1
	}
	for e > 0 && ws[e].UPOS == "PUNCT" {
		e--
	}
	v, i, t = e, -1, -1
	if e > 2 && (ws[e].XPOS == "NNP" || ws[e].XPOS == "NN") && isTimeNoun(ws[e]) {
		i, t = e-1, e
		for i > 0 && (ws[i].XPOS == "DT" || ws[i].XPOS == "JJ") {
			i--
		}
		if ws[i].XPOS != "IN" || i < 1 {
			return -1, -1, -1
		}
		v = i - 1
	}
	if !speaks(ws[v]) {
		return -1, -1, -1
	}
	return v, i, t
}

// speaks reports whether w is a verb of saying in the past or present
// tense, or a past the tagger took for a participle.
func speaks(w Word) bool {
	return w.UPOS == "VERB" && speakingVerbs[w.Lemma] && (w.XPOS == "VBD" || w.XPOS == "VBZ" || w.XPOS == "VBN")
}

// modifierRelation returns the relation to its noun of a word tagged
// xpos inside the noun's phrase.
func modifierRelation(xpos string) string {
	switch xpos {
	case "DT":
		return "det"
	case "PRP$":
		return "nmod:poss"
	case "JJ", "JJR", "JJS":
		return "amod"
	case "CD":
		return "nummod"
	case "IN":
		return "case"
	}
	return "compound"
}

// nounModifierTag are the tags of the words a plain noun phrase holds
// before its noun.
var nounModifierTag = map[string]bool{"DT": true, "PRP$": true, "JJ": true, "JJR": true, "JJS": true,
	"NN": true, "NNS": true, "NNP": true, "CD": true}

// nominative are the personal pronouns that can be a clause's subject.
var nominative = map[string]bool{"i": true, "we": true, "you": true, "he": true, "she": true, "they": true}
