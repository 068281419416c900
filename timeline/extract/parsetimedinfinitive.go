package extract

import "github.com/storyline/storyline/timeline/language"

// timedInfinitive mends an infinitive the parse hung on a phrase of time
// that stands between it and the verb it completes: in "The firm agreed
// on Monday to be bought by Holm Group" it made "to be bought" a clause
// on "Monday", so that the buying was Monday's ("Monday to be bought")
// and the firm, the one agreeing, was not the one bought. A time is no
// argument of a deed; the infinitive completes the verb the time is on
// (its xcomp, whose subject the verb's subject is), or adds a purpose to
// it when the verb has a complement already.
func timedInfinitive(ws []language.Word, k int) {
	t := ws[k].Head - 1
	if ws[k].UPOS != "VERB" || ws[k].Deprel != "acl" || t < 0 || t > k || !timeNoun(ws[t]) || !markedTo(ws, k) {
		return
	}
	switch ws[t].Deprel {
	case "obl", "obl:tmod", "nmod:tmod":
	default:
		return
	}
	g := ws[t].Head - 1
	if g < 0 || g > t || ws[g].UPOS != "VERB" {
		return
	}
	m := k
	for m > t+1 && ws[m-1].Head == k+1 {
		m-- // "to be": the infinitive's own words
	}
	if !spanUnder(ws, t+1, m, t) {
		return // "agreed on the day the deal fell through to …": more than a time between
	}
	rel := "xcomp"
	if hasRelation(ws, g, "xcomp") || hasRelation(ws, g, "ccomp") {
		rel = "advcl"
	}
	ws[k].Head, ws[k].Deprel = g+1, rel
}
