package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline/language"
	wn "github.com/storyline/storyline/timeline/lexicon"
)

// A relative clause after "N prep N" belongs to the nearer noun more
// often than the parser hangs it there, and two signs tell so for sure:
// the clause's verb agrees in number with the nearer noun only ("schools
// in Orlen, which was closed until Saturday": Orlen was closed), or the
// first noun is an amount, which does nothing, and the nearer one a
// person or a group ("up to 20,000 euros to each family that lost a
// house": the family lost it).

// agreedAttachment returns the noun relative clause r belongs to when
// the parse hung it on the noun before a prepositional phrase and one of
// those signs says it is that phrase's noun; else -1.
func agreedAttachment(ws []language.Word, r int) int {
	h := ws[r].Head - 1
	if ws[r].Deprel != "acl:relcl" || h < 0 || ws[h].UPOS != "NOUN" {
		return -1
	}
	pr := relativeWord(ws, h, r)
	if pr < 0 {
		return -1
	}
	n := pr - 1
	if n > h && ws[n].Form == "," {
		n--
	}
	for n > h && ws[n].Deprel == "flat" {
		n = ws[n].Head - 1 // a name's head: "in Port Orlen, which"
	}
	if n <= h || ws[n].Head != h+1 || ws[n].Deprel != "nmod" || ws[n].UPOS != "NOUN" && ws[n].UPOS != "PROPN" {
		return -1
	}
	if v := number(ws, r); v != "" && v != nounNumber(ws[h]) && v == nounNumber(ws[n]) {
		return n // "schools in Orlen, which was closed"
	}
	if amount(ws, h) && ws[n].UPOS == "NOUN" {
		switch wn.NounClass(strings.ToLower(ws[n].Lemma)) {
		case "person", "group":
			return n // "20,000 euros to each family that lost a house"
		}
	}
	return -1
}

// amount reports whether noun h is counted out by a number: "20,000
// euros", "3 million dollars".
func amount(ws []language.Word, h int) bool {
	for k := range ws {
		if ws[k].Head == h+1 && ws[k].Deprel == "nummod" {
			return true
		}
	}
	return false
}
