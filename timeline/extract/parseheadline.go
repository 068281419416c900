package extract

import "github.com/storyline/storyline/timeline/language"

// reducedPassiveClause mends a clause of a noun and a bare participle
// joined after a comma, as headlines write "is arrested": in "Police end
// bank siege, gunman arrested" the parse lists the gunman with the siege
// and hangs "arrested" on the siege, so that the siege was arrested. A
// participle modifying a noun, right after a later conjunct of it joined
// by a comma alone, tells what befell that conjunct: the conjunct becomes
// the participle's passive subject and the participle a clause joined to
// the verb the first noun belongs to.
func reducedPassiveClause(ws []language.Word, k int) {
	n, h := k-1, ws[k].Head-1
	if n < 0 || h < 0 || h >= n || ws[k].XPOS != "VBN" || ws[k].Deprel != "acl" || hasRelation(ws, k, "obj") {
		return
	}
	lo := n // the conjunct's first word: "the gunman"
	for lo > 0 && ws[lo-1].Head == n+1 && ws[lo-1].Deprel != "punct" {
		lo--
	}
	if lo < 1 || ws[n].Head-1 != h || ws[n].Deprel != "conj" || ws[n].UPOS != "NOUN" && ws[n].UPOS != "PROPN" || hasRelation(ws, n, "cc") || ws[lo-1].Form != "," {
		return
	}
	v := ws[h].Head - 1
	if v < 0 || ws[v].UPOS != "VERB" {
		return
	}
	ws[k].Head, ws[k].Deprel = v+1, "conj"
	ws[n].Head, ws[n].Deprel = k+1, "nsubj:pass"
	if ws[lo-1].Head == n+1 {
		ws[lo-1].Head = k + 1 // the comma joins the clauses now
	}
}
