package language

import (
	"strings"

	wn "github.com/storyline/storyline/timeline/lexicon"
)

// conjOfRelative mends "an attack that killed 1,200 people and took 251
// hostages", which the parse read as the main clause's verb and a second
// verb of its own ("Israel launched an operation … and took hostages"): a
// verb after "and" or "or", with no subject and the tense of the relative
// clause's verb whose phrase ends right before the conjunction, goes on
// that clause, whose subject it shares. Not with a personal pronoun for
// object, which cannot be that subject and so is most often the
// relative's noun: "arrested a man who stabbed a woman and charged him".
func conjOfRelative(ws []Word) {
	for c := 2; c < len(ws); c++ {
		cv := ws[c]
		if cv.Deprel != "conj" || cv.UPOS != "VERB" || !finite(cv.XPOS) || hasSubject(ws, c) || pronounObject(ws, c) {
			continue
		}
		h, cc := cv.Head-1, c-1
		if h < 0 || h >= c || ws[cc].Head-1 != c || ws[cc].Deprel != "cc" ||
			ws[cc].Lemma != "and" && ws[cc].Lemma != "or" {
			continue
		}
		for v := cc - 1; v > h; v-- {
			if ws[v].Deprel == "acl:relcl" && ws[v].XPOS == cv.XPOS && relativeSubject(ws, v) &&
				phraseEnd(ws, v) == cc-1 && descends(ws, v, h) {
				ws[c].Head = v + 1
				break
			}
		}
	}
}

// relativeSubject reports whether the subject of verb v is a relative
// pronoun ("that", "which", "who").
func relativeSubject(ws []Word, v int) bool {
	for k := 0; k < v; k++ {
		if ws[k].Head-1 == v && strings.HasPrefix(ws[k].Deprel, "nsubj") {
			return strings.Contains(ws[k].Feats, "PronType=Rel")
		}
	}
	return false
}

// pronounObject reports whether verb v has a personal pronoun, not a
// reflexive one, for object.
func pronounObject(ws []Word, v int) bool {
	for k := v + 1; k < len(ws); k++ {
		if ws[k].Head-1 == v && ws[k].Deprel == "obj" {
			return strings.Contains(ws[k].Feats, "PronType=Prs") && !strings.Contains(ws[k].Feats, "Reflex=Yes")
		}
	}
	return false
}

// relativeAfterPreposition mends "an attack on Oct. 7, 2023, in which 1,200
// people were killed", which the parse, having seen few such clauses in
// training, hung beside the main clause (parataxis) or on it as a second
// verb: a verb whose clause a preposition and "which" or "whom" open after
// a comma is a relative clause of the noun before, the nearest that is not
// a date or a number ("Oct." by its lemma), unless the preposition is one
// of time ("on Monday, during which three people died").
func relativeAfterPreposition(ws []Word) {
	for r := 2; r < len(ws); r++ {
		if ws[r].Lemma != "which" && ws[r].Lemma != "whom" || ws[r-1].UPOS != "ADP" || ws[r-2].Form != "," {
			continue
		}
		v := ws[r].Head - 1
		if v <= r || ws[v].UPOS != "VERB" {
			continue
		}
		switch ws[v].Deprel {
		case "parataxis", "conj", "ccomp", "advcl", "obj":
		default:
			continue
		}
		n := r - 3
		for n >= 0 && !lowerIn(timePrepositions, ws[r-1].Form) && (ws[n].UPOS == "PUNCT" || ws[n].UPOS == "NUM" || isTimeNoun(ws[n]) || isTimeNoun(Word{UPOS: ws[n].UPOS, Form: ws[n].Lemma})) {
			if n--; n >= 0 && ws[n].UPOS == "ADP" {
				n-- // the date's preposition: "an attack on Oct. 7"
			}
		}
		if n < 0 || ws[n].UPOS != "NOUN" && ws[n].UPOS != "PROPN" || descends(ws, n, v) {
			continue
		}
		ws[v].Head, ws[v].Deprel = n+1, "acl:relcl"
	}
}

var timePrepositions = map[string]bool{"during": true, "after": true, "before": true, "since": true, "until": true, "by": true}

// participleOnTime mends "approved the deal early on Saturday local time,
// paving the way for a pause", which the parse read as the time paving
// the way (the treebanks hold no "local time"): a participle's clause
// after a comma, hung on a time that is an oblique of a verb, is that
// verb's adverbial clause.
func participleOnTime(ws []Word) {
	for c := 2; c < len(ws); c++ {
		if ws[c].Deprel != "acl" || ws[c].XPOS != "VBG" && ws[c].XPOS != "VBN" || ws[c-1].Form != "," {
			continue
		}
		n := ws[c].Head - 1
		if n < 0 || n >= c || !strings.HasPrefix(ws[n].Deprel, "obl") ||
			!isTimeNoun(ws[n]) && !isTimeNoun(Word{UPOS: ws[n].UPOS, Form: ws[n].Lemma}) && ws[n].Lemma != "time" {
			continue
		}
		if v := ws[n].Head - 1; v >= 0 && ws[v].UPOS == "VERB" {
			ws[c].Head, ws[c].Deprel = v+1, "advcl"
		}
	}
}

// infinitiveOnTime mends "gave a final nod earlier this morning to acquire
// the studio", which the parse read as a morning to acquire it: an
// infinitive hung on a bare time ("this morning", "on Monday" without its
// preposition), which names no thing to be done, is the clause of the
// object before the time (the nod, which was for another to acquire), or
// else of the verb the time modifies.
func infinitiveOnTime(ws []Word) {
	for c := 1; c < len(ws); c++ {
		if ws[c].Deprel != "acl" || ws[c].XPOS != "VB" || !hasMark(ws, c, "to") {
			continue
		}
		n := ws[c].Head - 1
		if n < 0 || n >= c || ws[n].Deprel != "obl:unmarked" && ws[n].Deprel != "obl:tmod" || !isTimeNoun(ws[n]) && !isTimeNoun(Word{UPOS: ws[n].UPOS, Form: ws[n].Lemma}) {
			continue
		}
		v := ws[n].Head - 1
		if v < 0 || ws[v].UPOS != "VERB" {
			continue
		}
		ws[c].Head, ws[c].Deprel = v+1, "advcl"
		for o := v + 1; o < n; o++ {
			if ws[o].Head-1 == v && ws[o].Deprel == "obj" {
				ws[c].Head, ws[c].Deprel = o+1, "acl"
			}
		}
	}
}

// hasMark reports whether word v has the mark form.
func hasMark(ws []Word, v int, form string) bool { return hasChildForm(ws, v, "mark", form) }

// hasChildForm reports whether word v has a dependent by rel written form.
func hasChildForm(ws []Word, v int, rel, form string) bool {
	for k := range ws {
		if ws[k].Head-1 == v && ws[k].Deprel == rel && strings.EqualFold(ws[k].Form, form) {
			return true
		}
	}
	return false
}

// gerundOfNoun mends "a pause in fighting to start on Sunday", read as the
// fighting done by the main clause's subject: a gerund with no subject,
// object or oblique of its own that "in" or "of" joins to the noun right
// before it ("before", "for" or "by" open clauses of their own) is that noun's clause, as the treebanks annotate "the cost of
// running".
func gerundOfNoun(ws []Word) {
	for g := 2; g < len(ws); g++ {
		if ws[g].XPOS != "VBG" || ws[g].Deprel != "advcl" || ws[g-1].Head-1 != g || ws[g-1].Lemma != "in" && ws[g-1].Lemma != "of" {
			continue
		}
		n := g - 2
		if ws[n].UPOS != "NOUN" || hasDependent(ws, g, "nsubj", "obj", "obl", "ccomp") || descends(ws, n, g) {
			continue
		}
		ws[g].Head, ws[g].Deprel = n+1, "acl"
	}
}

// titledSubject mends "Activision Blizzard CEO Bobby Kotick confirmed",
// "Egypt's President Abdel Fattah al-Sisi said" and "Opposition Labour
// Party leader Keir Starmer called", read as two or three subjects of one
// verb: the name's employer, country or office, and the name. Of subjects
// side by side, each before a name is the name's compound, as the
// treebanks annotate a title before a name, or its possessor when "'s"
// ends it ("Louisiana's Governor Blanco urged"), as it is of a noun
// ("the company's 12 workers had left").
func titledSubject(ws []Word) {
	for b := 1; b < len(ws); b++ {
		if !strings.HasPrefix(ws[b].Deprel, "nsubj") || ws[b].UPOS != "PROPN" && ws[b].UPOS != "NOUN" {
			continue
		}
		v := ws[b].Head - 1
		for {
			a := b - 1
			for a >= 0 && descends(ws, a, b) {
				a--
			}
			end := a
			for a >= 0 && ws[a].Head-1 != v && descendsAny(ws, a, v) {
				a--
			}
			possessor := end >= 0 && (ws[end].Form == "'s" || ws[end].Form == "’s")
			if a < 0 || ws[a].Head-1 != v || ws[a].Deprel != ws[b].Deprel || ws[a].UPOS != "PROPN" && ws[a].UPOS != "NOUN" ||
				phraseEnd(ws, a) != end || !bareTitle(ws, a, b-1) || hasDependent(ws, b, "case", "cc") ||
				ws[b].UPOS == "NOUN" && !possessor { // a noun is no name a title comes before
				break
			}
			ws[a].Head, ws[a].Deprel = b+1, "compound"
			if possessor {
				ws[a].Deprel = "nmod:poss"
			}
		}
	}
}

// bareTitle reports whether words a to end are a name or title alone, with
// no phrase a preposition or a verb opens ("The Canadian investigator of
// the plane crash Larry Vance", "your thoughts on the job Barack Obama has
// done" are not titles before a name).
func bareTitle(ws []Word, a, end int) bool {
	for k := a; k <= end; k++ {
		switch ws[k].UPOS {
		case "ADP", "VERB", "AUX", "SCONJ", "CCONJ", "DET":
			return false
		case "PUNCT":
			if ws[k].Form != "-" { // a hyphened name ("Bankman-Fried") is one
				return false
			}
		}
	}
	return true
}

// descendsAny reports whether word k lies under word v other than as
// v's own dependent: inside the phrase of one of v's dependents.
func descendsAny(ws []Word, k, v int) bool { return descends(ws, k, v) && ws[k].Head-1 != v }

// relativeAfterComma mends "approved a deal with Hamas, which will come
// into effect on Sunday", which the parse read as what was approved (a
// complement) or a second verb: a clause whose subject is "which" or
// "who" right after a comma is a relative clause, in the treebanks almost
// always of the noun before the comma (the first word of a name); only a
// clause on a whole sentence, after no noun, hangs on a verb. What comes
// into effect or force is a rule or a deal, never a name: such a clause
// after a name inside a noun's phrase ("a deal with Hamas") is that noun's.
// So is one the parse made an adverbial, or a participle of its object
// despite its auxiliary ("the soldiers, who have promised elections" had
// promised an adjective of elections).
func relativeAfterComma(ws []Word) {
	for r := 2; r < len(ws); r++ {
		if ws[r].Lemma != "which" && ws[r].Lemma != "who" || ws[r-1].Form != "," ||
			!strings.HasPrefix(ws[r].Deprel, "nsubj") || !strings.Contains(ws[r].Feats, "PronType=Rel") {
			continue
		}
		v := ws[r].Head - 1
		if v <= r {
			continue
		}
		o := -1 // the noun the parse hung the clause's verb on as a modifier
		switch ws[v].Deprel {
		case "ccomp", "conj", "parataxis", "xcomp", "obj", "advcl":
		case "amod":
			if o = ws[v].Head - 1; o <= v || ws[v].UPOS != "VERB" || ws[o].UPOS != "NOUN" || !hasDependent(ws, v, "aux") {
				continue
			}
		default:
			continue
		}
		n := r - 2
		if ws[n].UPOS != "NOUN" && ws[n].UPOS != "PROPN" {
			continue
		}
		if ws[n].Deprel == "flat" && ws[n].Head-1 < n {
			n = ws[n].Head - 1
		}
		if m := ws[n].Head - 1; ws[n].UPOS == "PROPN" && ws[n].Deprel == "nmod" && m >= 0 && m < n &&
			ws[m].UPOS == "NOUN" && takesEffect(ws, v) {
			n = m
		}
		if descends(ws, n, v) {
			continue
		}
		ws[v].Head, ws[v].Deprel = n+1, "acl:relcl"
		if o >= 0 {
			ws[o].Head, ws[o].Deprel = v+1, "obj"
		}
	}
}

// takesEffect reports whether verb v says that something comes into
// effect: "comes into effect", "goes into force", "takes effect".
func takesEffect(ws []Word, v int) bool {
	for k := v + 1; k < len(ws); k++ {
		if ws[k].Head-1 != v || ws[k].Lemma != "effect" && ws[k].Lemma != "force" {
			continue
		}
		switch ws[v].Lemma {
		case "come", "go", "enter":
			return ws[k].Deprel == "obl"
		case "take":
			return ws[k].Deprel == "obj"
		}
	}
	return false
}

// nameAfterNoun mends "Francois-Henri Pinault and his father Francois
// said", which read the last name as a second subject of the verb: a name
// right after a noun of the subject's phrase ("his father", "her lawyer")
// names that noun, as its apposition. So does one after a noun inside a
// clause or a phrase on the subject ("A delegation led by former leader
// Abdulsalami Abubakar was turned back", "An update from cybersecurity
// firm CrowdStrike crashed computers", "Thousands of supporters of former
// president Ana Ruiz stormed the palace"); a title of the subject's own
// ("Department of Corrections spokeswoman Michelle Lyons said") is not
// such a noun: the name is the subject there.
func nameAfterNoun(ws []Word) {
	for b := 2; b < len(ws); b++ {
		n, v := b-1, ws[b].Head-1
		if !strings.HasPrefix(ws[b].Deprel, "nsubj") || ws[b].UPOS != "PROPN" || ws[n].UPOS != "NOUN" || v <= b ||
			!descendsAny(ws, n, v) || descends(ws, n, b) || !hasOtherSubject(ws, v, b) {
			continue
		}
		p := n
		for ws[p].Head-1 != v {
			p = ws[p].Head - 1
		}
		if strings.HasPrefix(ws[p].Deprel, "nsubj") && (hasDependent(ws, n, "nmod:poss", "det") || insideClauseOrPhrase(ws, n, p) || ofObject(ws, n)) {
			ws[b].Head, ws[b].Deprel = n+1, "appos"
		}
	}
}

// ofObject reports whether noun n is a person's title that "of" opens
// ("supporters of former president"), not a title after a body's name,
// which the parse may read the same ("Department of Corrections
// spokeswoman"), nor the field of a title before "of" ("director of
// athletics Dick Baddour").
func ofObject(ws []Word, n int) bool {
	if wn.NounClass(ws[n].Lemma) != "person" {
		return false
	}
	of := false
	for c := range ws {
		switch {
		case ws[c].Head-1 != n:
		case ws[c].Deprel == "case" && strings.EqualFold(ws[c].Form, "of"):
			of = true
		case ws[c].Deprel == "compound" && ws[c].UPOS == "PROPN":
			return false
		}
	}
	return of
}

// insideClauseOrPhrase reports whether noun n lies, below subject p, in a
// clause (a verb on the way up from n) or in a phrase that a preposition
// other than "of" opens.
func insideClauseOrPhrase(ws []Word, n, p int) bool {
	for k, hops := n, 0; k != p && k >= 0 && hops < len(ws); k, hops = ws[k].Head-1, hops+1 {
		if ws[k].UPOS == "VERB" {
			return true
		}
		for c := range ws {
			if ws[c].Head-1 == k && ws[c].Deprel == "case" && !strings.EqualFold(ws[c].Form, "of") {
				return true
			}
		}
	}
	return false
}
