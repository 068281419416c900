package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline/language"
	wn "github.com/storyline/storyline/timeline/lexicon"
)

// A relative clause after a comma ("the wildfire, which has destroyed 112
// homes and killed two people") is often hung on the main verb as a
// parataxis or conjunct, and the verb coordinated in it on the main verb
// too, so that the investigators who arrested a man "killed two people"
// (relativeAfterComma, perfectConjunct).

// relativeAfterComma makes verb v, whose subject is a relative pronoun
// right after a comma, the relative clause of the noun before the comma.
func relativeAfterComma(ws []language.Word, v int) {
	if ws[v].UPOS != "VERB" || ws[v].Deprel == "acl:relcl" || ws[v].Head == 0 {
		return
	}
	s := -1
	for k := range ws {
		if ws[k].Head == v+1 && (ws[k].Deprel == "nsubj" || ws[k].Deprel == "nsubj:pass") {
			s = k
		}
	}
	if s < 2 || s > v || ws[s-1].Form != "," || !strings.Contains(ws[s].Feats, "PronType=Rel") {
		return
	}
	n := s - 2
	for ws[n].Deprel == "flat" && ws[n].Head-1 < n && ws[n].Head > 0 {
		n = ws[n].Head - 1 // "Derek Vance, who": the name's first word heads it
	}
	if ws[n].UPOS != "NOUN" && ws[n].UPOS != "PROPN" || under(ws, n, v) {
		return
	}
	ws[v].Head, ws[v].Deprel = n+1, "acl:relcl"
}

// perfectConjunct hangs verb x, coordinated with a past main verb across
// a present-perfect relative clause that ends right before x's "and"
// ("the wildfire, which has destroyed 112 homes and killed two people"),
// on that clause's verb: a simple past would not join a main clause in
// another tense there. With "had" the sentence could go either way
// ("arrested a man who had fled and charged him") and is left alone.
func perfectConjunct(ws []language.Word, x int) {
	h := ws[x].Head - 1
	if ws[x].Deprel != "conj" || h < 0 || h > x || x < 2 || ws[x].XPOS != "VBD" && ws[x].XPOS != "VBN" ||
		ws[x-1].Deprel != "cc" || ws[x-1].Head != x+1 || hasRelation(ws, x, "nsubj") || hasRelation(ws, h, "aux") {
		return
	}
	for v := x - 2; v > h; v-- {
		if ws[v].Deprel != "acl:relcl" || ws[v].XPOS != "VBN" || !under(ws, x-2, v) {
			continue
		}
		for k := range ws {
			if ws[k].Head == v+1 && ws[k].Deprel == "aux" && (strings.EqualFold(ws[k].Form, "has") || strings.EqualFold(ws[k].Form, "have")) {
				ws[x].Head = v + 1
				return
			}
		}
		return
	}
}

// dueTo mends "Vance is due to appear in court", which the parse reads as
// a subject with "due to" a preposition: "due" is the predicate, its
// infinitive what is due, so that the appearance is expected.
func dueTo(ws []language.Word, k int) {
	if k < 2 || k+2 >= len(ws) || !strings.EqualFold(ws[k].Form, "due") || !strings.EqualFold(ws[k+1].Form, "to") ||
		!baseVerb(ws[k+2]) || ws[k-1].Lemma != "be" || ws[k-1].Deprel != "cop" {
		return
	}
	s := ws[k-1].Head - 1
	if s == k+2 {
		dueVerb(ws, k)
		return
	}
	if s < 0 || s >= k-1 || ws[s].UPOS != "NOUN" && ws[s].UPOS != "PROPN" && ws[s].UPOS != "PRON" || under(ws, s, k) {
		return
	}
	// "due" takes the subject's place in the tree and every word the
	// subject took from the copula on.
	ws[k].Head, ws[k].Deprel, ws[k].UPOS, ws[k].XPOS = ws[s].Head, ws[s].Deprel, "ADJ", "JJ"
	for j := range ws {
		if j != k && ws[j].Head == s+1 && j >= k-1 {
			ws[j].Head = k + 1
		}
	}
	ws[s].Head, ws[s].Deprel = k+1, "nsubj"
	ws[k+2].Head, ws[k+2].Deprel, ws[k+2].UPOS, ws[k+2].XPOS, ws[k+2].Feats = k+1, "xcomp", "VERB", "VB", "VerbForm=Inf"
	ws[k+1].Head, ws[k+1].Deprel, ws[k+1].UPOS, ws[k+1].XPOS = k+3, "mark", "PART", "TO"
}

// dueVerb mends the other reading of "due to" plus a verb, with the
// copula, the subject and the auxiliaries hung on the verb ("which had
// been due to resume this year", "the talks were due to resume"): "due"
// takes the verb's place in the tree and the words before it, and the
// verb becomes its infinitive.
func dueVerb(ws []language.Word, k int) {
	v := k + 2
	ws[k].Head, ws[k].Deprel, ws[k].UPOS, ws[k].XPOS, ws[k].Feats = ws[v].Head, ws[v].Deprel, "ADJ", "JJ", "Degree=Pos"
	for j := range ws {
		if j != k && ws[j].Head == v+1 && j < k {
			ws[j].Head = k + 1 // subject, auxiliaries, copula
		}
	}
	ws[v].Head, ws[v].Deprel, ws[v].UPOS, ws[v].XPOS, ws[v].Feats = k+1, "xcomp", "VERB", "VB", "VerbForm=Inf"
	ws[k+1].Head, ws[k+1].Deprel, ws[k+1].UPOS, ws[k+1].XPOS = v+1, "mark", "PART", "TO"
}

// baseVerb reports whether w is a verb's base form, or a word the tagger
// took for a noun that is one ("were due to resume", read as a resumé).
func baseVerb(w language.Word) bool {
	if w.XPOS == "VB" {
		return true
	}
	_, verb := wn.PartsOfSpeech([]byte(strings.ToLower(w.Form)))
	return w.XPOS == "NN" && verb && wn.VerbClass(strings.ToLower(w.Form)) != ""
}

// midRelative mends a relative clause in the middle of a sentence ("The
// fire, which started on Saturday near a campground, had burned 12,000
// acres") that the parse read as the main clause, with both the noun and
// the relative pronoun its subjects and the main verb hung on it: the
// clause becomes the noun's, and the verb after it, which has no subject
// of its own, takes its place in the tree with the noun as subject.
func midRelative(ws []language.Word, v int) {
	if ws[v].UPOS != "VERB" {
		return
	}
	n, r := -1, -1
	for k := 0; k < v; k++ {
		if ws[k].Head != v+1 || ws[k].Deprel != "nsubj" && ws[k].Deprel != "nsubj:pass" {
			continue
		}
		switch {
		case strings.Contains(ws[k].Feats, "PronType=Rel") && k > 0 && ws[k-1].Form == ",":
			r = k
		case ws[k].UPOS == "NOUN" || ws[k].UPOS == "PROPN":
			n = k
		}
	}
	if n < 0 || r < n {
		return
	}
	for m := v + 1; m < len(ws); m++ {
		if ws[m].Head != v+1 {
			continue
		}
		switch ws[m].Deprel {
		case "ccomp", "conj", "parataxis", "xcomp":
		default:
			continue
		}
		if ws[m].UPOS != "VERB" || hasRelation(ws, m, "nsubj") || hasRelation(ws, m, "nsubj:pass") || !commaBetween(ws, v, m) {
			continue
		}
		ws[m].Head, ws[m].Deprel = ws[v].Head, ws[v].Deprel
		for k := m + 1; k < len(ws); k++ {
			if ws[k].Head == v+1 {
				ws[k].Head = m + 1 // what follows the verb is its
			}
		}
		ws[v].Head, ws[v].Deprel = n+1, "acl:relcl"
		ws[n].Head = m + 1
		return
	}
}

// commaBetween reports whether a comma lies between words a and b.
func commaBetween(ws []language.Word, a, b int) bool {
	for k := a + 1; k < b; k++ {
		if ws[k].Form == "," {
			return true
		}
	}
	return false
}

// idiomTarget mends "setting fire to brush", where the parse took the
// place set alight for an infinitive ("to brush"): after an idiom that
// names its target with "to" ("set fire to", "set light to"), "to" and
// the word after it are a prepositional phrase of the verb.
func idiomTarget(ws []language.Word, k int) {
	if k < 3 || ws[k].XPOS != "VB" || !strings.EqualFold(ws[k-1].Form, "to") || ws[k-1].Head != k+1 {
		return
	}
	n, v := k-2, ws[k-2].Head-1
	if v < 0 || ws[n].Deprel != "obj" || ws[v].UPOS != "VERB" || !strings.EqualFold(ws[v].Lemma, "set") {
		return
	}
	if noun := strings.ToLower(ws[n].Form); noun != "fire" && noun != "light" {
		return
	}
	ws[k].UPOS, ws[k].XPOS, ws[k].Feats, ws[k].Lemma = "NOUN", "NN", "Number=Sing", strings.ToLower(ws[k].Form)
	ws[k].Head, ws[k].Deprel = v+1, "obl"
	ws[k-1].UPOS, ws[k-1].XPOS, ws[k-1].Head, ws[k-1].Deprel = "ADP", "IN", k+1, "case"
}

// seenDoing mends "watched his brother fall to his death", where the
// tagger took the bare infinitive after a perceived person for a noun the
// person names ("brother fall"): the person is what was seen, the verb
// what they did.
func seenDoing(ws []language.Word, n int) {
	v, c := ws[n].Head-1, -1
	for k := n - 1; k >= 0 && k >= n-4; k-- {
		if ws[k].Head == n+1 && ws[k].Deprel == "compound" {
			c = k
			break
		}
	}
	if v < 0 || ws[n].Deprel != "obj" || ws[n].UPOS != "NOUN" || ws[n].XPOS != "NN" || c < 0 ||
		!perceives[strings.ToLower(ws[v].Lemma)] || hasRelation(ws, n, "det") || !firstAfter(ws, c, n) {
		return
	}
	person := ws[c].UPOS == "PROPN" || wn.NounClass(strings.ToLower(ws[c].Lemma)) == "person"
	if _, verb := wn.PartsOfSpeech([]byte(strings.ToLower(ws[n].Form))); !verb || !person {
		return
	}
	for k := range ws {
		if ws[k].Head == n+1 && k < c {
			ws[k].Head = c + 1 // "his" is the brother's
		}
	}
	ws[c].Head, ws[c].Deprel = v+1, "obj"
	ws[n].Head, ws[n].Deprel, ws[n].UPOS, ws[n].XPOS, ws[n].Feats = v+1, "xcomp", "VERB", "VB", "VerbForm=Inf"
	ws[n].Lemma = strings.ToLower(ws[n].Form)
	for k := n + 1; k < len(ws); k++ {
		if ws[k].Head == v+1 && ws[k].Deprel == "obl" && firstAfter(ws, n, k) {
			ws[k].Head = n + 1 // "fall to his death": the fall's
		}
	}
}

// firstAfter reports whether phrase k is the first after word n: no word
// between them hangs outside k's phrase.
func firstAfter(ws []language.Word, n, k int) bool {
	for j := n + 1; j < k; j++ {
		if !under(ws, j, k) {
			return false
		}
	}
	return true
}

// chargeOutOfRelative mends the crime of a charge that the parse hung on a
// relative clause of the one charged: in "charged the sergeant who shot
// Tomas Reyes with manslaughter" the manslaughter is the charge, not how
// he shot. Word k, an event noun after the preposition the charging verb
// takes, moves to that verb when it has no such phrase of its own.
func chargeOutOfRelative(ws []language.Word, k int) {
	r := ws[k].Head - 1
	if r < 0 || ws[k].Deprel != "obl" || ws[r].Deprel != "acl:relcl" || !wn.IsEventNoun(strings.ToLower(ws[k].Lemma)) {
		return
	}
	n := ws[r].Head - 1
	v := ws[n].Head - 1
	if v < 0 || ws[n].Deprel != "obj" || ws[v].UPOS != "VERB" {
		return
	}
	prep := chargePreposition[strings.ToLower(ws[v].Lemma)]
	if prep == "" || !caseIs(ws, k, prep) {
		return
	}
	for j := range ws {
		if ws[j].Head-1 == v && ws[j].Deprel == "obl" && caseIs(ws, j, prep) {
			return
		}
	}
	ws[k].Head = v + 1
}

// chargePreposition is the preposition each verb of charging takes its
// crime with: "charged with", "accused of".
var chargePreposition = map[string]string{
	"charge": "with", "accuse": "of", "convict": "of", "suspect": "of", "acquit": "of", "clear": "of",
}
