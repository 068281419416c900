package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline/language"
	wn "github.com/storyline/storyline/timeline/lexicon"
)

// eventRelative mends a relative clause that tells that something took
// place, happened or occurred, hung on a noun that is no event while the
// event noun stands right before its comma: in "opened proceedings
// against Dahl over the incident at the final, which took place on
// Sunday" the parse made Dahl take place. "Which" names no person, and
// only an event takes place.
func eventRelative(ws []language.Word, r int) {
	h := ws[r].Head - 1
	if ws[r].Deprel != "acl:relcl" || h < 0 || !happens(ws, r) || wn.IsEventNoun(strings.ToLower(ws[h].Lemma)) {
		return
	}
	pr := -1
	for k := h + 1; k < r; k++ {
		if ws[k].Head == r+1 && ws[k].Deprel == "nsubj" && strings.EqualFold(ws[k].Form, "which") {
			pr = k
			break
		}
	}
	if pr < 2 || ws[pr-1].Form != "," {
		return
	}
	// The noun before the comma, or the one it modifies: "the crash on
	// the bridge, which happened".
	for n, hops := pr-2, 0; n >= 0 && hops < 4 && (ws[n].UPOS == "NOUN" || ws[n].UPOS == "PROPN"); n, hops = ws[n].Head-1, hops+1 {
		if ws[n].UPOS == "NOUN" && wn.IsEventNoun(strings.ToLower(ws[n].Lemma)) {
			ws[r].Head = n + 1
			return
		}
		if ws[n].Deprel != "nmod" {
			return
		}
	}
}

// happens reports whether verb r says that something took place:
// "happened", "occurred", "took place", "unfolded".
func happens(ws []language.Word, r int) bool {
	switch strings.ToLower(ws[r].Lemma) {
	case "happen", "occur", "unfold":
		return true
	case "take":
		for k := r + 1; k < len(ws) && k <= r+2; k++ {
			if ws[k].Head == r+1 && ws[k].Deprel == "obj" && strings.EqualFold(ws[k].Lemma, "place") {
				return true
			}
		}
	}
	return false
}
