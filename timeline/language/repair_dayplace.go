package language

import (
	"strings"

	"github.com/storyline/storyline/timeline/lexicon"
)

// dayOnPlace mends a day after "on" that the parse hung on the place
// before it: "Police found the car in a car park on Sunday" had Sunday
// the park's, so the finding had no day. A place is not dated; a day
// after a verb's place says when the verb happened. An event noun keeps
// its day ("the vote at the meeting on Monday": the meeting's).
func dayOnPlace(ws []Word) {
	for t := 2; t < len(ws); t++ {
		p := ws[t].Head - 1
		if ws[t].Deprel != "nmod" || !dayWord(ws[t].Form) || !hasChildForm(ws, t, "case", "on") || p < 0 || p >= t {
			continue
		}
		// "boarded the ship at a terminal in the port on Wednesday": a
		// place within the verb's place is no more dated than it.
		for hops := 0; hops < maxPhrase && ws[p].Deprel == "nmod" && placeNoun(ws, p) && ws[p].Head-1 >= 0 && ws[p].Head-1 < p; hops++ {
			p = ws[p].Head - 1
		}
		if ws[p].Deprel != "obl" || ws[p].UPOS != "NOUN" || !placeNoun(ws, p) {
			continue
		}
		v := ws[p].Head - 1
		if v < 0 || ws[v].UPOS != "VERB" {
			continue
		}
		ws[t].Head, ws[t].Deprel = v+1, "obl"
	}
}

// placeNoun reports whether word p is a noun or name its preposition
// places and that names no event.
func placeNoun(ws []Word, p int) bool {
	return (ws[p].UPOS == "NOUN" || ws[p].UPOS == "PROPN") && !lexicon.IsEventNoun(ws[p].Lemma) && placeCase(ws, p)
}

// placeCase reports whether noun p's preposition places it: "at", "in",
// "near", "outside" or "inside".
func placeCase(ws []Word, p int) bool {
	for k := 0; k < p; k++ {
		if ws[k].Head-1 != p || ws[k].Deprel != "case" {
			continue
		}
		switch strings.ToLower(ws[k].Form) {
		case "at", "in", "near", "outside", "inside":
			return true
		}
	}
	return false
}
