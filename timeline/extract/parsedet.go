package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline/language"
)

// detOnCompound moves a determiner the parse hung on the first noun of a
// compound to the compound's head: in "the statistics office said" the
// office is what "the" determines, and the phrase of the office (its
// name in a summary) must keep it.
func detOnCompound(ws []language.Word, k int) {
	h := ws[k].Head - 1
	if ws[k].Deprel == "det" && h > k && ws[h].Deprel == "compound" && ws[h].Head-1 > h {
		ws[k].Head = ws[h].Head
	}
}

// thatComplementizer makes "that" the mark of a reported clause when the
// parse read it as a determiner of the clause's subject: "said on Tuesday
// that inflation reached 9.4 percent" reports that inflation reached it,
// not what "that inflation" did. A clause a verb of saying reports opens
// with "that" far more often than its subject does.
func thatComplementizer(ws []language.Word, k int) {
	n := ws[k].Head - 1
	if ws[k].Deprel != "det" || !strings.EqualFold(ws[k].Form, "that") || n != k+1 || n < 0 {
		return
	}
	v := ws[n].Head - 1
	if v <= n || ws[n].Deprel != "nsubj" && ws[n].Deprel != "nsubj:pass" || ws[v].Deprel != "ccomp" {
		return
	}
	if s := ws[v].Head - 1; s < 0 || s > k || !reportingVerb(ws[s].Lemma) {
		return
	}
	ws[k].Head, ws[k].Deprel, ws[k].UPOS, ws[k].XPOS = v+1, "mark", "SCONJ", "IN"
}
