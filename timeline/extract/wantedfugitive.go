package extract

import "strings"

// wantedFugitive reports whether verb i is the "wanted" of a person sought
// by the law: "a man wanted for murder", "a banker wanted at home for
// fraud", "a suspect wanted by police". The participle on the noun tells
// who the person is, not a demand made when the story happened; the
// offence it names ("for murder") stays an event of its own.
func (p parsed) wantedFugitive(i int) bool {
	w := p.word(i)
	if !strings.EqualFold(w.Form, "wanted") || p.rel(i) != "acl" || w.XPOS != "VBN" {
		return false
	}
	h := p.head(i)
	return h >= 0 && h < i && !p.hasDependent(i, "obj") && !p.hasDependent(i, "xcomp") && !p.hasDependent(i, "aux")
}
