package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline/language"
)

// A clause after "as" or "after" whose verb is modified before it ("as
// the fire more than doubled in size") trips the parser: "more than"
// becomes the clause's mark, or "more" an adjective of the noun with the
// clause under it, and the verb, with no subject of its own, a
// participle; so the fire hangs on the time before it, and the governor
// who declared the emergency is taken to have doubled. moreThanClause
// puts the verb back where the noun hangs, and clauseSubject reads the
// clause with the two helpers below.

// bareMarkedParticiple reports whether v, tagged a participle with no
// auxiliary or subject, is the verb of a clause the parse marks with a
// subordinator: a finite past the tagger misread ("as the fire more than
// doubled"); a participle of a noun ("the men arrested") is no clause.
func bareMarkedParticiple(ws []language.Word, v int) bool {
	if ws[v].UPOS != "VERB" || ws[v].XPOS != "VBN" || ws[v].Deprel != "advcl" || !hasRelation(ws, v, "mark") {
		return false
	}
	for _, rel := range []string{"nsubj", "nsubj:pass", "aux", "aux:pass", "expl"} {
		if hasRelation(ws, v, rel) {
			return false
		}
	}
	return true
}

// verbModifier reports whether word j, before verb v, is v's own adverb,
// mark ("more than", "quickly") or auxiliary ("until the appeal is
// decided", "after the vote had been held"), which may stand between a
// subject and its verb.
func verbModifier(ws []language.Word, j, v int) bool {
	if j >= v {
		return false
	}
	for k, hops := j, 0; k >= 0 && hops < len(ws); k, hops = ws[k].Head-1, hops+1 {
		if ws[k].Head-1 == v {
			return ws[k].Deprel == "advmod" || ws[k].Deprel == "mark" && strings.EqualFold(ws[k].Form, "than") ||
				k == j && strings.HasPrefix(ws[k].Deprel, "aux")
		}
	}
	return false
}

// moreThanClause undoes the reading of "as the fire more than doubled"
// with "more" an adjective of the fire and the verb a clause under it:
// the verb then hangs where the noun does, "more" on the verb, so that
// clauseSubject can give it the noun as its subject.
func moreThanClause(ws []language.Word, v int) {
	for k := 1; k < v; k++ {
		m := k - 1
		if ws[k].Head-1 != v || ws[k].Deprel != "mark" || !strings.EqualFold(ws[k].Form, "than") || ws[v].Head-1 != m {
			continue
		}
		switch strings.ToLower(ws[m].Form) {
		case "more", "less", "fewer":
		default:
			continue
		}
		n := ws[m].Head - 1
		if n < 0 || n > m || ws[n].UPOS != "NOUN" && ws[n].UPOS != "PROPN" || ws[n].Head == 0 {
			continue
		}
		ws[v].Head, ws[v].Deprel = ws[n].Head, "advcl"
		ws[m].Head, ws[m].Deprel = v+1, "advmod"
		return
	}
}
