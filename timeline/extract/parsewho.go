package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline/language"
	wn "github.com/storyline/storyline/timeline/lexicon"
)

// whoAttachment returns the name that a "who" clause belongs to when the
// parse hung it on a thing before the name ("parted ways with Carlos
// Beltrán, who was hired in November" made the ways hired): "who" stands
// for a person, so a name that the thing's phrase ends in takes the
// clause. A person or a group before the name keeps it ("the wife of Carl
// Dahl, who …" may be either), and so does a name not right before the
// comma. Else -1.
func whoAttachment(ws []language.Word, r int) int {
	h := ws[r].Head - 1
	if ws[r].Deprel == "acl:relcl" && h >= 0 && ws[h].UPOS == "PROPN" {
		return whoFromPlace(ws, h, r)
	}
	if ws[r].Deprel != "acl:relcl" || h < 0 || ws[h].UPOS != "NOUN" {
		return -1
	}
	switch wn.NounClass(strings.ToLower(ws[h].Lemma)) {
	case "person", "group", "":
		return -1
	}
	pr := relativeWord(ws, h, r)
	if pr < 0 || !strings.EqualFold(ws[pr].Form, "who") && !strings.EqualFold(ws[pr].Form, "whom") {
		return -1
	}
	c := pr - 1
	if c <= h || ws[c].Form != "," {
		return -1
	}
	// The name's head: the word of the name before the comma the others
	// hang on (flat), itself under the thing.
	n := c - 1
	for n > h && ws[n].Deprel == "flat" {
		n = ws[n].Head - 1
	}
	if n <= h || n >= c || ws[n].UPOS != "PROPN" || ws[n].Head != h+1 || ws[n].Deprel != "nmod" {
		return -1
	}
	return n
}

// whoFromPlace returns the person a "who" clause belongs to when the
// parse hung it on the place the person is from: in "William Hale, 81,
// from Ostshire, who was treated at the same hospital" the one treated
// is Hale. A place one comes from is no "who"; else -1.
func whoFromPlace(ws []language.Word, h, r int) int {
	pr := relativeWord(ws, h, r)
	if pr < 1 || !strings.EqualFold(ws[pr].Form, "who") && !strings.EqualFold(ws[pr].Form, "whom") || ws[pr-1].Form != "," {
		return -1
	}
	n := ws[h].Head - 1
	if n < 0 || n > h || ws[h].Deprel != "nmod" || ws[n].UPOS != "PROPN" && ws[n].UPOS != "NOUN" {
		return -1
	}
	for k := n + 1; k < h; k++ {
		if ws[k].Head == h+1 && ws[k].Deprel == "case" && strings.EqualFold(ws[k].Form, "from") {
			return n
		}
	}
	return -1
}

// relativeWord returns the relative pronoun of clause r between its
// noun h and its verb ("which", "who"), or -1.
func relativeWord(ws []language.Word, h, r int) int {
	for k := h + 1; k < r; k++ {
		if ws[k].Head == r+1 && strings.Contains(ws[k].Feats, "PronType=Rel") {
			return k
		}
	}
	return -1
}
