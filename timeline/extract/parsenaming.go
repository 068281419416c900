package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline/language"
)

// News names the one who takes an office and the office: "accepted his
// resignation and named Foreign Trade Minister Joris Bakker as acting
// defence minister". The parser trips on three parts of it, and the
// appointment is lost ("And named", no one named):

// coordinatorOnNoun mends an "and" the parser made a conjunct of the
// noun before it, with the verb after it hung on the "and": in
// "accepted his resignation and named X" the naming is then a
// participle of "and", with no doer. The verb is the conjunct of the
// verb the noun belongs to, and "and" its coordinator.
func coordinatorOnNoun(ws []language.Word, a int) {
	if ws[a].UPOS != "CCONJ" || ws[a].Deprel != "conj" || a+1 >= len(ws) {
		return
	}
	v := a + 1
	if ws[v].Head-1 != a || ws[v].UPOS != "VERB" || ws[v].XPOS != "VBD" && ws[v].XPOS != "VBN" {
		return
	}
	n := ws[a].Head - 1
	if n < 0 || n > a || ws[n].UPOS != "NOUN" && ws[n].UPOS != "PROPN" {
		return
	}
	g := ws[n].Head - 1
	if g < 0 || ws[g].UPOS != "VERB" {
		return
	}
	switch ws[n].Deprel {
	case "obj", "obl", "iobj":
	default:
		return
	}
	ws[v].Head, ws[v].Deprel = g+1, "conj"
	ws[a].Head, ws[a].Deprel = v+1, "cc"
}

// actingOffice mends "as acting defence minister", which the parser
// reads as a clause of the verb "act" with the office its object: the
// office is what the one named becomes ("as" its case, an oblique of
// the naming verb, or its predicate with no "as"), and "acting" says of
// it that it is held for now.
func actingOffice(ws []language.Word, k int) {
	if !strings.EqualFold(ws[k].Form, "acting") || ws[k].XPOS != "VBG" || k == 0 {
		return
	}
	as := strings.EqualFold(ws[k-1].Form, "as") && ws[k-1].Head-1 == k
	if !as && ws[k].Deprel != "xcomp" {
		return // "named Carl Dahl acting minister" has no "as"
	}
	o := -1
	for j := k + 1; j < len(ws); j++ {
		if ws[j].Head-1 == k && ws[j].Deprel == "obj" {
			o = j
			break
		}
	}
	if o < 0 || ws[o].UPOS != "NOUN" {
		return
	}
	for j := k + 1; j < o; j++ {
		if ws[j].Head-1 != o {
			return // more than the office's own words between
		}
	}
	if as {
		ws[o].Head, ws[o].Deprel = ws[k].Head, "obl"
		ws[k-1].Head, ws[k-1].Deprel = o+1, "case"
	} else {
		ws[o].Head, ws[o].Deprel = ws[k].Head, "xcomp"
	}
	ws[k].Head, ws[k].Deprel = o+1, "amod"
}

// nameAsComplement mends a person's name the parser made the predicate
// of a verb with no object ("named Carl Dahl as acting minister" read
// as "named [to be] Carl Dahl"): a name is who is named, the object.
func nameAsComplement(ws []language.Word, k int) {
	v := ws[k].Head - 1
	if v < 0 || ws[k].UPOS != "PROPN" || ws[k].Deprel != "xcomp" || ws[v].UPOS != "VERB" || k < v || hasRelation(ws, v, "obj") {
		return
	}
	if ws[k].Entity != "" && !strings.HasSuffix(ws[k].Entity, "-PER") {
		return
	}
	ws[k].Deprel = "obj"
}
