package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline/language"
	wn "github.com/storyline/storyline/timeline/lexicon"
)

// reducedPassiveClause mends a clause of a noun and a bare participle
// joined after a comma, as headlines write "is arrested": in "Police end
// bank siege, gunman arrested" the parse lists the gunman with the siege
// (or sets him beside it) and hangs "arrested" on the siege, so that the
// siege was arrested. A participle modifying a noun, right after a later
// conjunct or apposition of it joined
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
	if lo < 1 || ws[n].Head-1 != h || ws[n].Deprel != "conj" && ws[n].Deprel != "appos" || ws[n].UPOS != "NOUN" && ws[n].UPOS != "PROPN" || hasRelation(ws, n, "cc") || ws[lo-1].Form != "," {
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

// headlineVerb mends a headline's present verb the tagger read as a
// plural noun: in "Tarvik hostage-taker frees four as talks continue"
// "frees" heads the subject of "continue", so that nobody freed anyone
// and "hostage-taker frees four" continued. In a heading, the plural
// subject of a later verb that is a verb's -s form, with a noun before it
// that it heads and a bare number after it, is that verb: the noun before
// it its subject, the number its object, and the later verb, opened by
// "as", "after" or "while" on the noun the parse hung there, its clause.
func headlineVerb(ws []language.Word) {
	for f := 1; f+1 < len(ws); f++ {
		r := ws[f].Head - 1
		if r <= f || ws[f].XPOS != "NNS" || ws[f].Deprel != "nsubj" || ws[r].UPOS != "VERB" || ws[f+1].UPOS != "NUM" || ws[f+1].Head != f+1 {
			continue
		}
		if l := strings.ToLower(ws[f].Lemma); !strings.HasPrefix(strings.ToLower(ws[f].Form), l) || wn.VerbClass(l) == "" {
			continue
		}
		s := f - 1
		if ws[s].Head != f+1 || ws[s].UPOS != "NOUN" && ws[s].UPOS != "PROPN" {
			continue
		}
		n := -1 // "talks" of "as talks continue"
		for k := f + 2; k < r; k++ {
			if ws[k].Head == f+1 && ws[k].Deprel == "nmod" && (ws[k].UPOS == "NOUN" || ws[k].UPOS == "PROPN") && k > 0 && ws[k-1].Head == k+1 && subordinating(ws[k-1].Form) {
				n = k
			}
		}
		if n < 0 {
			continue
		}
		ws[f].UPOS, ws[f].XPOS, ws[f].Head, ws[f].Deprel = "VERB", "VBZ", ws[r].Head, ws[r].Deprel
		for k := range s {
			if ws[k].Head == f+1 {
				ws[k].Head = s + 1 // "Tarvik" of "Tarvik hostage-taker"
			}
		}
		ws[s].Head, ws[s].Deprel = f+1, "nsubj"
		ws[f+1].Deprel = "obj"
		ws[r].Head, ws[r].Deprel = f+1, "advcl"
		ws[n].Head, ws[n].Deprel = r+1, "nsubj"
		ws[n-1].Head, ws[n-1].Deprel = r+1, "mark"
		return
	}
}
