package language

import "strings"

// participleBetweenCommas mends "His comments, made two days after the
// fire, followed reports that …", which read the participle between the
// commas as the sentence's verb (made the root, its subject an oblique)
// and the true verb as its conjunct: a past form right after the
// subject's comma whose conjunct after the closing comma is a finite verb
// with no subject or conjunction of its own is the subject's participle,
// and the conjunct is the verb of the sentence.
func participleBetweenCommas(ws []Word) {
	r := rootOf(ws)
	if r < 2 || ws[r].UPOS != "VERB" || ws[r].XPOS != "VBD" || ws[r-1].Form != "," || !pastParticipleForm(ws[r]) {
		return
	}
	n := -1
	for k := r - 2; k >= 0; k-- {
		if ws[k].Head-1 == r && ws[k].Deprel != "punct" {
			n = k
			break
		}
	}
	if n < 0 || !nominal(ws[n]) || hasDependent(ws, n, "case", "appos") || phraseEnd(ws, n) != r-1 && phraseEnd(ws, n) != r-2 {
		return
	}
	c := -1
	for k := r + 1; k < len(ws); k++ {
		if ws[k].Head-1 == r && ws[k].Deprel == "conj" {
			c = k
			break
		}
	}
	if c < 0 || !finite(ws[c].XPOS) || hasSubject(ws, c) || hasDependent(ws, c, "cc") {
		return
	}
	comma := openingComma(ws, c)
	if comma <= r || ws[comma].Form != "," {
		return
	}
	for k := comma; k < len(ws); k++ {
		if ws[k].Head-1 == r && k != c {
			ws[k].Head = c + 1
		}
	}
	for k := range ws {
		if k < r && k != n && ws[k].Head-1 == r && ws[k].Deprel == "punct" {
			ws[k].Head = r + 1
		}
	}
	ws[c].Head, ws[c].Deprel = 0, "root"
	ws[n].Head, ws[n].Deprel = c+1, "nsubj"
	if hasDependent(ws, c, "aux:pass") {
		ws[n].Deprel = "nsubj:pass"
	}
	ws[r].Head, ws[r].Deprel, ws[r].XPOS, ws[r].Feats = n+1, "acl", "VBN", "Tense=Past|VerbForm=Part"
}

// pastParticipleForm reports whether a past tense's form is its
// participle's too: regular ("tested") or irregular alike ("made",
// "held"), not "took" or "began".
func pastParticipleForm(w Word) bool {
	if len(w.Form) > 2 && w.Form[len(w.Form)-2:] == "ed" {
		return true
	}
	return sameParticiple[strings.ToLower(w.Form)]
}

// sameParticiple are the irregular past tenses that are their verbs'
// participles too.
var sameParticiple = func() map[string]bool {
	m := map[string]bool{}
	for _, f := range strings.Fields(`bent bled bred brought built burnt bought caught dealt dug fed felt fought
		found fled flung ground hung had heard held hurt kept knelt laid led leant left lent lit lost made meant
		met paid put read said sold sent set shot shut slept slid spent spread stood struck stuck stung swept
		taught told thought understood won wound cut hit quit let`) {
		m[f] = true
	}
	return m
}()
