package extract

import "strings"

// documents are the papers that do what their authors do by them: an
// indictment charges, a lawsuit accuses, an order bans.
var documents = set("indictment indictments complaint complaints lawsuit lawsuits suit suits filing filings " +
	"petition petitions motion motions warrant warrants order orders resolution resolutions letter letters")

// documentAuthor returns the subject of the verb that puts forward the
// document participle v describes, or -1: in "Prosecutors unsealed an
// indictment charging Carl Dahl with fraud" the prosecutors charge him,
// by the indictment, which is no one. controllers are what the parse
// takes to do v.
func (p parsed) documentAuthor(v int, controllers []int) int {
	if p.word(v).XPOS != "VBG" || p.word(v).Deprel != "acl" || len(controllers) != 1 {
		return -1
	}
	n := controllers[0]
	if n != p.head(v) || !documents[strings.ToLower(p.word(n).Form)] || p.word(n).Deprel != "obj" {
		return -1
	}
	g := p.head(n)
	if g < 0 || p.word(g).UPOS != "VERB" {
		return -1
	}
	return p.dependentOf(g, "nsubj")
}
