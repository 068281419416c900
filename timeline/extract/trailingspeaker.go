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
	if h < 0 || h > v || !reportingVerb(ws[v].Lemma) || !finiteWithoutSubject(ws, v) || hasRelation(ws, v, "cc") {
		return
	}
	switch ws[v].Deprel {
	case "conj", "parataxis", "dep", "ccomp", "advcl":
	default:
		return
	}
	comma := -1
	for k := v - 1; k > h; k-- {
		if ws[k].Form == "," {
			comma = k
			break
		}
		if ws[k].UPOS == "VERB" || ws[k].UPOS == "AUX" || ws[k].UPOS == "CCONJ" || ws[k].UPOS == "SCONJ" {
			return
		}
	}
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
