package extract

import "github.com/storyline/storyline/timeline/language"

// News closes a report with who gave it: "Inflation reached 9.4 percent
// in May, the statistics office said on Tuesday." The parser often reads
// the speaker as a second object of the reported clause's verb and the
// saying as that verb's conjunct with no subject of its own, so that the
// inflation said it. trailingSpeaker makes the phrase between the comma
// and the saying the saying's subject, and the saying a parenthetical
// (parataxis) of the clause it reports, as Universal Dependencies writes
// it.
func trailingSpeaker(ws []language.Word, v int) {
	h := ws[v].Head - 1
	if h < 0 || h > v || !reportingVerb(ws[v].Lemma) || hasRelation(ws, v, "cc") {
		return
	}
	if !finiteWithoutSubject(ws, v) {
		titledTrailingSpeaker(ws, v, h)
		return
	}
	switch ws[v].Deprel {
	case "conj", "parataxis", "dep", "ccomp", "advcl":
	default:
		return
	}
	comma := commaBack(ws, h, v, func(w *language.Word) bool {
		return w.UPOS == "VERB" || w.UPOS == "AUX" || w.UPOS == "CCONJ" || w.UPOS == "SCONJ"
	})
	if comma < 0 || comma+1 >= v {
		return
	}
	// One phrase between the comma and the saying: its head is the only
	// word hung outside it.
	root := -1
	for k := comma + 1; k < v; k++ {
		if hk := ws[k].Head - 1; hk > comma && hk < v {
			continue
		}
		if root >= 0 {
			return
		}
		root = k
	}
	if root < 0 || ws[root].Head-1 >= v {
		return
	}
	switch ws[root].UPOS {
	case "NOUN", "PROPN":
	default:
		return
	}
	ws[root].Head, ws[root].Deprel = v+1, "nsubj"
	ws[v].Deprel = "parataxis"
}

// reportAsSubject mends a report the parser took for the subject of the
// saying that closes it, when a long speaker's name follows the comma:
// in "Union members voted to approve the offer, the Maritime and
// Transport Union said on Friday" the vote hung on "said" as a second
// subject, so nothing read it as what was said and it took the saying's
// Friday. A finite verb before the comma cannot be the subject of a
// saying that has a nominal subject after it: it is the complement; nor
// is such a saying the report's conjunct: it is its parenthetical.
func reportAsSubject(ws []language.Word, v int) {
	if !reportingVerb(ws[v].Lemma) || ws[v].UPOS != "VERB" {
		return
	}
	comma := -1
	for k := range v {
		if ws[k].Form == "," {
			comma = k // whatever the parser hung it on
		}
	}
	named := false // a nominal subject between the comma and the saying ("Maritime" may be tagged ADJ)
	for k := comma + 1; comma >= 0 && k < v; k++ {
		if ws[k].Head == v+1 && ws[k].Deprel == "nsubj" && (ws[k].UPOS == "NOUN" || ws[k].UPOS == "PROPN" || ws[k].UPOS == "ADJ") {
			named = true
		}
	}
	if !named {
		return
	}
	if h := ws[v].Head - 1; ws[v].Deprel == "conj" && h >= 0 && h < comma && !hasRelation(ws, v, "cc") {
		// The same report read the other way round: the saying as a
		// conjunct of the report, with the speaker as its subject.
		ws[v].Deprel = "parataxis"
		return
	}
	for k := 0; k < v; k++ {
		// An adverbial clause with no word to say how it bears on the
		// saying is the report too: "Norland United have signed Carl
		// Dahl from Westhaven Rovers for a club-record fee, the club
		// announced on Monday" hung the signing on "announced" as one.
		adverbial := ws[k].Deprel == "advcl" && !hasRelation(ws, k, "mark") && !hasRelation(ws, k, "advmod")
		if ws[k].Head != v+1 || (ws[k].Deprel != "nsubj" && ws[k].Deprel != "csubj" && !adverbial) || ws[k].UPOS != "VERB" {
			continue
		}
		if k > comma || !finiteVerb(ws, k) {
			continue
		}
		ws[k].Deprel = "ccomp"
	}
}

// finiteVerb reports whether verb v is finite by its tag, its auxiliary
// or its subject: "voted", "has voted", "were told", and "members voted
// by 79 per cent", which the tagger may read as a participle.
func finiteVerb(ws []language.Word, v int) bool {
	switch ws[v].XPOS {
	case "VBD", "VBZ", "VBP":
		return true
	case "VBN":
		return finiteAuxiliary(ws, v) || hasRelation(ws, v, "nsubj")
	case "VBG":
		return finiteAuxiliary(ws, v)
	}
	return false
}

// trailingSource mends a report closed by its source when the source is a
// thing that shows rather than a person who says: "The party won the
// most seats in Sunday's election, preliminary results showed on
// Monday." The parser makes the showing the win's conjunct, which then
// shares its time; with no "and" before it and nothing shown after it, it
// is a parenthetical (parataxis), as a closing "officials said" is.
func trailingSource(ws []language.Word, v int) {
	h := ws[v].Head - 1
	if h < 0 || h > v || ws[v].Deprel != "conj" || ws[v].UPOS != "VERB" || !sourceVerb(ws[v].Lemma) || hasRelation(ws, v, "cc") {
		return
	}
	subj := -1
	for k := range ws {
		if ws[k].Head-1 != v {
			continue
		}
		switch ws[k].Deprel {
		case "nsubj":
			subj = k
		case "obj", "ccomp", "xcomp", "iobj":
			return // it shows something of its own
		}
		if k > v && ws[k].Deprel != "obl" && ws[k].Deprel != "advmod" && ws[k].Deprel != "punct" {
			return
		}
	}
	if subj < 0 || subj > v || subj == 0 || ws[subj].UPOS != "NOUN" && ws[subj].UPOS != "PROPN" {
		return
	}
	lo := subj
	for k := range subj {
		if ws[k].Head-1 == subj && k < lo && ws[k].UPOS != "PUNCT" {
			lo = k
		}
	}
	if lo == 0 || ws[lo-1].Form != "," {
		return // the source follows a comma, closing the report
	}
	ws[v].Deprel = "parataxis"
}

// sourceVerb reports whether lemma is a verb by which a document, a count
// or a finding tells something: "results showed", "data indicated".
func sourceVerb(lemma string) bool {
	switch lemma {
	case "show", "indicate", "suggest", "reveal", "confirm":
		return true
	}
	return false
}

// titledTrailingSpeaker mends a closing speaker the parser gave its
// subject but split from its title: in "Crews will return to work on
// Tuesday, union leader Dana Okafor told reporters" it hangs "leader" on
// the reported verb and makes the telling an adverbial clause of it, so
// that the telling shares the reported clause's Tuesday. With only a
// noun phrase between the comma and the saying, and no word that would
// make the saying a clause of time or reason ("as", "when"), the words
// before the name are its title and the saying a parenthetical.
func titledTrailingSpeaker(ws []language.Word, v, h int) {
	switch ws[v].Deprel {
	case "conj", "dep", "ccomp", "advcl":
	default:
		return
	}
	if !finiteVerb(ws, v) || hasRelation(ws, v, "mark") {
		return
	}
	subj := -1
	for k := range ws {
		if ws[k].Head == v+1 && ws[k].Deprel == "nsubj" {
			subj = k
		}
	}
	if subj < 0 || subj > v {
		return
	}
	comma := commaBack(ws, h, v, func(w *language.Word) bool {
		switch w.UPOS {
		case "NOUN", "PROPN", "ADJ", "DET", "PART", "PUNCT":
			return false
		}
		return true // a verb, a clause word or a preposition: more than a title
	})
	if comma < 0 || comma >= subj {
		return
	}
	for k := comma + 1; k < subj; k++ {
		if hk := ws[k].Head - 1; hk <= comma || hk > v {
			ws[k].Head, ws[k].Deprel = subj+1, "compound"
		}
	}
	ws[v].Deprel = "parataxis"
}

// commaBack returns the nearest comma before word v and after word h,
// or -1 when there is none or a word that stops says so first.
func commaBack(ws []language.Word, h, v int, stops func(*language.Word) bool) int {
	for k := v - 1; k > h; k-- {
		if ws[k].Form == "," {
			return k
		}
		if stops(&ws[k]) {
			return -1
		}
	}
	return -1
}

// conjoinedSpeaker mends a closing speaker the parser listed with the
// reported clause's object: in "The storm has killed at least 11 people,
// officials said" it hangs "people" on the saying and "officials" on
// "people" as a conjunct, so that the killing has no victims and the
// saying no one saying it. The speaker becomes the saying's subject, and
// the noun before the comma the object of the reported verb, when that
// verb has none.
//
// The parse may instead make the noun before the comma the saying's
// subject and the saying the reported verb's adverbial or conjunct ("The
// party won the most seats in Sunday's election, preliminary results
// showed on Monday" had the seats show): the same words, mended the same
// way, and the saying becomes the report's parenthetical.
func conjoinedSpeaker(ws []language.Word, v int) {
	if !reportingVerb(ws[v].Lemma) && !sourceVerb(ws[v].Lemma) || hasRelation(ws, v, "cc") {
		return
	}
	subjectBefore := !finiteWithoutSubject(ws, v)
	comma := commaBack(ws, -1, v, func(w *language.Word) bool { return w.UPOS == "VERB" || w.UPOS == "AUX" })
	if comma < 1 {
		return
	}
	r := -1 // the speaker's head: the one word between the comma and the saying hung outside them
	for k := comma + 1; k < v; k++ {
		if hk := ws[k].Head - 1; hk > comma && hk < v {
			continue
		}
		if r >= 0 {
			return
		}
		r = k
	}
	if r < 0 || ws[r].Deprel != "conj" || ws[r].UPOS != "NOUN" && ws[r].UPOS != "PROPN" {
		return
	}
	n := ws[r].Head - 1
	if n < 0 || n >= comma || ws[n].Head != v+1 || ws[n].UPOS != "NOUN" && ws[n].UPOS != "PROPN" && ws[n].UPOS != "PRON" {
		return
	}
	if subjectBefore && (ws[n].Deprel != "nsubj" || countRelation(ws, v, "nsubj") != 1) {
		return
	}
	rv := -1 // the reported verb: the saying's other complement, before the noun
	for k := range n {
		if ws[k].Head == v+1 && ws[k].UPOS == "VERB" && (ws[k].Deprel == "ccomp" || ws[k].Deprel == "parataxis") {
			rv = k
		}
	}
	if h := ws[v].Head - 1; rv < 0 && subjectBefore && h >= 0 && h < n && ws[h].UPOS == "VERB" {
		switch ws[v].Deprel {
		case "advcl", "conj", "parataxis", "ccomp":
			rv = h
		}
	}
	if rv < 0 || hasRelation(ws, rv, "obj") {
		return
	}
	ws[r].Head, ws[r].Deprel = v+1, "nsubj"
	ws[n].Head, ws[n].Deprel = rv+1, "obj"
	ws[comma].Head = v + 1
	if ws[v].Head == rv+1 {
		ws[v].Deprel = "parataxis"
	}
}

// countRelation counts the dependents of v with relation rel.
func countRelation(ws []language.Word, v int, rel string) int {
	c := 0
	for k := range ws {
		if ws[k].Head == v+1 && ws[k].Deprel == rel {
			c++
		}
	}
	return c
}
