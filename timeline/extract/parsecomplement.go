package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline/language"
)

// infinitiveComplement mends a to-infinitive that completes its verb but
// that the parse hung on it as an adverbial clause, a purpose: "the
// cabinet voted to approve the deal", "the strike prompted the government
// to call an election", "allowing Carl Dahl to stay". Read as a purpose
// the infinitive loses what its verb says of it (voted for, so done;
// under "if", supposed) and its doer (the one prompted or allowed). Only
// verbs that take such a complement are mended, so "travelled to Ostburg
// to meet him" keeps its purpose.
func infinitiveComplement(ws []language.Word, k int) {
	if k < 2 || ws[k].UPOS != "VERB" || ws[k].XPOS != "VB" || ws[k].Deprel != "advcl" ||
		!strings.EqualFold(ws[k-1].Form, "to") || ws[k-1].Head-1 != k || hasRelation(ws, k, "nsubj") {
		return
	}
	v := ws[k].Head - 1
	if v < 0 || v > k-2 || ws[v].UPOS != "VERB" {
		return
	}
	lemma := strings.ToLower(ws[v].Lemma)
	j := k - 2
	for j > v && ws[j].UPOS == "ADV" && ws[j].Head-1 == v {
		j-- // "voted overwhelmingly to strike"
	}
	if j == v {
		if infinitiveTaking[lemma] {
			ws[k].Deprel = "xcomp"
		}
		return
	}
	// After an object: every word between the verb and "to" is the
	// object's phrase ("allowing Carl Dahl to stay"), no comma.
	n := v + 1
	for n < k-1 && ws[n].Head-1 != v {
		n++
	}
	if n >= k-1 || ws[n].Deprel != "obj" && ws[n].Deprel != "iobj" || !orderingVerb(lemma) && !objectInfinitiveVerbs[lemma] {
		return
	}
	for m := v + 1; m < k-1; m++ {
		if ws[m].Form == "," || !under(ws, m, n) {
			return
		}
	}
	ws[k].Deprel = "xcomp"
}

// infinitiveTaking take a to-infinitive of their subject's deed as their
// complement: "voted to approve", "decided to close", "threatened to
// resign".
var infinitiveTaking = set("vote decide agree plan try seek threaten promise refuse fail hope intend " +
	"attempt vow pledge offer decline manage want need choose opt resolve aim expect wish prefer " +
	"begin start continue move tend")

// objectInfinitiveVerbs take an object and its to-infinitive, the
// object's deed, besides the verbs of ordering: "prompted the government
// to call an election", "enabled the bank to reopen".
var objectInfinitiveVerbs = set("prompt cause enable permit expect want need warn pressure push spur drive lead")

// nounComplement mends a clause that completes a noun but that the parse
// labelled a verb's complement (ccomp): "denied reports that she had
// advised Carl Dahl to resign", with the clause on "reports" or on
// "denied"; "voted to impeach him over allegations that he diverted
// funds", with the clause on "impeach". A that-clause right after a telling noun that is its verb's
// object says what was told (the verb's addressee, "warned residents
// that", is no telling noun); as the noun's modifier (acl), what is said
// of the report (denied, confirmed) is said of the clause through it.
func nounComplement(ws []language.Word, k int) {
	h := ws[k].Head - 1
	if ws[k].Deprel != "ccomp" || h < 0 || h > k || ws[k].UPOS != "VERB" || !markedThat(ws, k) {
		return
	}
	if ws[h].UPOS == "NOUN" {
		ws[k].Deprel = "acl"
		return
	}
	n := -1
	for j := h + 1; j < k; j++ {
		if ws[j].Head-1 == h && (ws[j].Deprel == "obj" || ws[j].Deprel == "obl") {
			n = j
		}
	}
	if n < 0 || ws[n].UPOS != "NOUN" || !tellingNouns[strings.ToLower(ws[n].Lemma)] && !contentNouns[strings.ToLower(ws[n].Lemma)] {
		return
	}
	if ws[n].Deprel == "obl" && (reportingVerb(ws[h].Lemma) || speechLemmas[strings.ToLower(ws[h].Lemma)]) {
		return // "said in a statement that they would focus on the business": the saying's
	}
	for j := n + 1; j < k; j++ {
		if ws[j].Head-1 != k && !under(ws, j, n) || ws[j].Form == "," {
			return // the clause does not follow the noun's phrase
		}
	}
	ws[k].Head, ws[k].Deprel = n+1, "acl"
}

// contentNouns are nouns besides the telling ones whose that-clause is
// what they hold: "the news that", "fears that".
var contentNouns = set("news rumour rumor fact idea belief fear fears hope view speculation word sign indication evidence")
