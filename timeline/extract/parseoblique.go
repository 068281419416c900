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
	if ws[n].UPOS != "NOUN" || wn.IsEventNoun(strings.ToLower(ws[n].Lemma)) || !strings.HasPrefix(ws[n].Deprel, "obl") && ws[n].Deprel != "obj" {
		return -1
	}
	v := ws[n].Head - 1
	if v < 0 || ws[v].UPOS != "VERB" {
		return -1
	}
	return v
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
	switch strings.ToLower(lemma) {
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
