package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline/language"
	wn "github.com/storyline/storyline/timeline/lexicon"
)

// yielding are the verbs of giving way whose "to" takes a noun, never an
// infinitive: "bowed to pressure", "caved to demands", "succumbed to
// injuries".
var yielding = set("bow yield cave succumb bend")

// yieldingNoun mends the noun after such a verb's "to" that the tagger
// read as an infinitive: in "bowing to pressure from investors" nobody
// pressures anyone; the pressure is what was bowed to. The word becomes
// an oblique of the verb, "to" its case.
func yieldingNoun(ws []language.Word, k int) {
	h := ws[k].Head - 1
	if k == 0 || ws[k].XPOS != "VB" || h < 0 || h > k || !yielding[strings.ToLower(ws[h].Lemma)] ||
		!strings.EqualFold(ws[k-1].Form, "to") || ws[k-1].Head != k+1 || hasRelation(ws, k, "obj") {
		return
	}
	if noun, _ := wn.PartsOfSpeech([]byte(strings.ToLower(ws[k].Form))); !noun {
		return
	}
	ws[k].UPOS, ws[k].XPOS, ws[k].Feats, ws[k].Deprel = "NOUN", "NN", "Number=Sing", "obl"
	ws[k-1].UPOS, ws[k-1].XPOS, ws[k-1].Feats, ws[k-1].Deprel = "ADP", "IN", "", "case"
	for j := range ws {
		if ws[j].Head == k+1 && ws[j].Deprel == "obl" {
			ws[j].Deprel = "nmod" // "pressure from investors": whose pressure
		}
	}
}

// changingAfter mends a participle of change after a preposition that the
// parse took for a gerund with the noun as its object: in "came after
// mounting pressure from athletes" the pressure is what came first, and
// "mounting" says how it went; nobody mounted it. The noun becomes the
// oblique the gerund was, with the preposition its case, and the
// participle its modifier (an event of the noun's, see isPredicate).
func changingAfter(ws []language.Word, k int) {
	if k == 0 || ws[k].XPOS != "VBG" || !changing[strings.ToLower(ws[k].Lemma)] || ws[k].Deprel != "advcl" ||
		hasRelation(ws, k, "nsubj") || hasRelation(ws, k, "aux") {
		return
	}
	m := k - 1
	if !(ws[m].Head == k+1 && ws[m].Deprel == "mark") && !(ws[m].Head == ws[k].Head && ws[m].Deprel == "advmod") {
		return // "after" the gerund's mark, or "amid" read as an adverb of the verb
	}
	switch strings.ToLower(ws[m].Form) {
	case "after", "amid", "despite", "following", "under", "with", "over":
	default:
		return
	}
	n := k + 1
	if n >= len(ws) || ws[n].Head != k+1 || ws[n].Deprel != "obj" || ws[n].UPOS != "NOUN" {
		return
	}
	ws[n].Head, ws[n].Deprel = ws[k].Head, "obl"
	ws[m].Head, ws[m].Deprel, ws[m].UPOS, ws[m].XPOS = n+1, "case", "ADP", "IN"
	ws[k].Head, ws[k].Deprel = n+1, "amod"
	for j := range ws {
		if ws[j].Head == k+1 && ws[j].Deprel == "obl" {
			ws[j].Head, ws[j].Deprel = n+1, "nmod" // "pressure from athletes"
		}
	}
}

// yieldsAsManner reports whether verb i is a participle of giving way
// that an event's clause takes as its reason: "Bowing to pressure from
// investors, the bank launched an inquiry", "agreed to delay the Games,
// bowing to pressure". The clause's event is the concession; a finite
// "the bank bowed to pressure" stays one.
func (p parsed) yieldsAsManner(i int) bool {
	w := p.word(i)
	return w.XPOS == "VBG" && p.rel(i) == "advcl" && yielding[strings.ToLower(w.Lemma)] && p.hasCase(i, "to")
}
