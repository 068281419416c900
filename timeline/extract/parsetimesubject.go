package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline/language"
)

// timeOffSubject mends a time phrase the parse took for the subject of
// the verb after it: in "The two men arrested earlier this month have
// been charged", "this month" became what was charged, and the men the
// subject of an arresting that governs the charging. A time noun ("this
// month", "last week", "on Monday" without its "on") right after a past
// participle that governs the verb, with a noun subject before the
// participle, is when that participle's deed was done; the reduced
// relative is then mended as any other (rootReducedRelative).
func timeOffSubject(ws []language.Word, k int) {
	v := ws[k].Head - 1
	if v <= k || ws[k].Deprel != "nsubj" && ws[k].Deprel != "nsubj:pass" || !timeWord(ws[k].Lemma) || !pointedTime(ws, k) {
		return
	}
	r := -1
	for m := k - 1; m >= 0 && r < 0; m-- {
		switch {
		case ws[m].Head == k+1:
			// the time's own words: "earlier this"
		case ws[m].UPOS == "VERB" && strings.HasSuffix(strings.ToLower(ws[m].Form), "ed"):
			r = m
		default:
			return
		}
	}
	if r < 1 || ws[v].Head != r+1 || ws[r-1].Head != r+1 || ws[r-1].Deprel != "nsubj" || ws[r-1].UPOS != "NOUN" && ws[r-1].UPOS != "PROPN" {
		return
	}
	ws[k].Head, ws[k].Deprel = r+1, "obl:tmod"
}

// pointedTime reports whether time noun k is pointed at a stretch of the
// calendar ("this month", "last week", "the same day"), not a length of
// time that could do or undergo something.
func pointedTime(ws []language.Word, k int) bool {
	if weekday(ws[k].Lemma) {
		return true
	}
	for m := range ws {
		if ws[m].Head != k+1 {
			continue
		}
		switch strings.ToLower(ws[m].Form) {
		case "this", "last", "next", "that", "same", "previous", "earlier", "later":
			return true
		}
	}
	return false
}
