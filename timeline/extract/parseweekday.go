package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline/language"
)

// weekdayObject mends a bare weekday the parse took for a verb's object:
// in "voted to strike Thursday" the strike has no object, so that "to
// strike" reads as an attack on something and the day as a thing struck.
// A weekday names when, never what: it is the verb's time.
func weekdayObject(ws []language.Word, k int) {
	if !weekday(ws[k].Lemma) || ws[k].Deprel != "obj" || hasRelation(ws, k, "case") || hasRelation(ws, k, "det") {
		return
	}
	if h := ws[k].Head - 1; h >= 0 && ws[h].UPOS == "VERB" {
		ws[k].Deprel = "obl:tmod"
	}
}

// weekdayOfGovernor hangs a bare weekday after an infinitive on the past
// verb that governs it, when that verb's own subject does the infinitive:
// in a Friday paper, "workers voted to strike Thursday" and "officials
// declined to comment Saturday" tell when the vote and the refusal
// happened, the past ones, and say nothing of when the strike starts. The
// parse hangs the day on the nearer verb, the infinitive, which then reads
// as a plan for the coming Thursday. Not after a verb that looks ahead
// ("planned to leave on Thursday", "agreed to meet Thursday": the leaving
// and the meeting are on that day), nor one with an object whose deed the
// infinitive is ("urged supporters to march on Wednesday"), nor a day
// that says which one it is ("next Thursday").
func weekdayOfGovernor(ws []language.Word, k int) {
	v := ws[k].Head - 1
	if !weekday(ws[k].Lemma) || v < 0 || ws[v].XPOS != "VB" || ws[v].Deprel != "xcomp" || !markedTo(ws, v) {
		return
	}
	switch ws[k].Deprel {
	case "obl:tmod", "obl", "nmod:tmod":
	default:
		return
	}
	for j := range ws {
		if ws[j].Head != k+1 {
			continue
		}
		switch strings.ToLower(ws[j].Form) {
		case "on":
		default:
			return // "next Thursday", "this Thursday", "Thursday's": the day is named for itself
		}
	}
	g := ws[v].Head - 1
	if g < 0 || ws[g].XPOS != "VBD" || lookingAhead[strings.ToLower(ws[g].Lemma)] || hasRelation(ws, g, "obj") || hasRelation(ws, g, "iobj") {
		return
	}
	for j := range ws {
		if ws[j].Head == g+1 && (strings.HasSuffix(ws[j].Deprel, "tmod") || ws[j].Deprel == "obl" && dayWord(ws, j)) {
			return // "voted on Monday to strike Thursday": each has its day
		}
	}
	ws[k].Head = g + 1
}

// markedTo reports whether verb v is an infinitive marked by "to".
func markedTo(ws []language.Word, v int) bool {
	for j := range v {
		if ws[j].Head == v+1 && ws[j].Deprel == "mark" && strings.EqualFold(ws[j].Form, "to") {
			return true
		}
	}
	return false
}

// lookingAhead are verbs whose infinitive is a deed still to come, the
// day after it that deed's: "planned to leave on Thursday".
var lookingAhead = set("plan intend schedule expect aim hope want wish prepare set promise vow pledge threaten agree arrange seek offer mean propose")
