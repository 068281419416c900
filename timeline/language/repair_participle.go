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
	hangSubject(ws, n, c)
	ws[r].Head, ws[r].Deprel, ws[r].XPOS, ws[r].Feats = n+1, "acl", "VBN", "Tense=Past|VerbForm=Part"
}

// pastParticipleForm reports whether a past tense's form is its
// participle's too: regular ("tested") or irregular alike ("made",
// "held"), not "took" or "began".
func pastParticipleForm(w Word) bool {
	if len(w.Form) > 2 && w.Form[len(w.Form)-2:] == "ed" {
		return true
	}
	return lowerIn(sameParticiple, w.Form)
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

// participleInSubject mends a subject followed by its participle, which
// the parse read as the participle's own subject or oblique, leaving the
// sentence's verb without one: "An independent review by KPMG published
// in April said the auditors …" had the review publish and said no
// subject; "Video taken by a resident appears to show …" the same. A
// participle (or a past tense of the same form) with no auxiliary, object
// or mark, right after a noun's phrase, on a finite verb after it with no
// subject, is that noun's, and the noun is the verb's subject.
func participleInSubject(ws []Word) {
	for p := 1; p < len(ws); p++ {
		if ws[p].XPOS != "VBN" && (ws[p].XPOS != "VBD" || !pastParticipleForm(ws[p])) ||
			hasDependent(ws, p, "aux", "aux:pass", "obj", "nsubj:pass", "ccomp", "mark") {
			continue
		}
		v := ws[p].Head - 1
		if v <= p || ws[v].UPOS != "VERB" || !finite(ws[v].XPOS) && !hasDependent(ws, v, "aux", "aux:pass") || hasSubject(ws, v) {
			continue
		}
		n := -1
		for k := 0; k < p; k++ {
			if ws[k].Head-1 == p && (ws[k].Deprel == "nsubj" || ws[k].Deprel == "obl:unmarked") {
				n = k
			}
		}
		if n < 0 || ws[n].UPOS != "NOUN" && ws[n].UPOS != "PROPN" || isTimeNoun(ws[n]) || phraseEnd(ws, n) != p-1 || !allUnder(ws, p+1, verbStart(ws, v), p) || commaBetween(ws, p, v) {
			continue
		}
		hangSubject(ws, n, v)
		ws[p].Head, ws[p].Deprel = n+1, "acl"
		gatherModifiers(ws, n, p)
	}
}

// participleOutOfRelative mends a participle of saying after a comma
// that the parse hung on a restrictive relative clause before it: "paid a
// ransom to the hackers who shut down its fuel line last month, telling
// senators …" had the hackers telling. What a sentence's subject went on
// to say is the subject's: the participle hangs on the first finite
// clause's verb above the relative clause's noun. Other participles there
// are the clause's own ("a plane that crashed on Sunday, killing 47"), and
// so is any after a clause set off by commas ("the officers, who fired 11
// rounds, striking him").
func participleOutOfRelative(ws []Word) {
	for x := 2; x < len(ws); x++ {
		if ws[x].XPOS != "VBG" || ws[x].Deprel != "advcl" || ws[x-1].Form != "," || hasDependent(ws, x, "mark", "nsubj") || !takesClause(ws[x]) {
			continue
		}
		r := ws[x].Head - 1
		if r < 0 || r >= x || ws[r].Deprel != "acl:relcl" || !relativeSubject(ws, r) || setOff(ws, r) {
			// "on Friday, when protesters marched …, demanding answers",
			// "the officers, who fired 11 rounds, striking him": a clause
			// set off by commas goes on with its own subject.
			continue
		}
		p := ws[r].Head - 1 // the first finite clause's verb above: "defended his decision to pay …"
		for hops := 0; p >= 0 && (ws[p].UPOS != "VERB" || ws[p].Deprel == "xcomp" || ws[p].Deprel == "acl") && hops < len(ws); hops++ {
			p = ws[p].Head - 1
		}
		if p < 0 || p > x {
			continue
		}
		ws[x].Head = p + 1
		ws[x-1].Head = x + 1
	}
}

// setOff reports whether a comma opens the clause of verb r, or the
// phrase of noun r.
func setOff(ws []Word, r int) bool {
	for k := leftmost(ws, r); k <= r; k++ {
		if ws[k].Form != "," && ws[k].Form != "—" {
			return k > 0 && ws[k-1].Form == ","
		}
	}
	return false
}

// participleBeforeInfinitive retags as a participle a past form after a
// comma that the parse hung on a noun, before "to" and a verb ("faces a
// separate trial on the same charges, scheduled to start next month"):
// a noun's clause there is a participle's (the treebanks have all six so),
// and read as a past tense it made the scheduling an event of its own,
// hung on the verb, whose subject the verb was taken for.
func participleBeforeInfinitive(ws []Word) {
	for v := 1; v+2 < len(ws); v++ {
		if ws[v].XPOS != "VBD" || ws[v].Deprel != "acl" || ws[v-1].Form != "," || !strings.EqualFold(ws[v+1].Form, "to") || ws[v+2].XPOS != "VB" ||
			!pastParticipleForm(ws[v]) || hasDependent(ws, v, "nsubj", "nsubj:pass", "aux", "aux:pass") {
			continue
		}
		ws[v].XPOS, ws[v].Feats = "VBN", "Tense=Past|VerbForm=Part"
		if h := ws[v].Head - 1; h >= 0 && ws[h].UPOS == "VERB" {
			// A noun's clause the parse hung on the verb is its object's.
			for o := h + 1; o < v; o++ {
				if ws[o].Head-1 == h && ws[o].Deprel == "obj" {
					ws[v].Head = o + 1
					break
				}
			}
		}
	}
}

// gatherModifiers hangs on noun n the words right before it that the parse
// hung on word p as a noun's modifiers: "Three aid workers kidnapped in
// April were released" had Three on kidnapped.
func gatherModifiers(ws []Word, n, p int) {
	for k := n - 1; k >= 0 && (ws[k].Head-1 == p || descends(ws, k, n)); k-- {
		if ws[k].Head-1 == p && nounModifiers[ws[k].Deprel] {
			ws[k].Head = n + 1
		}
	}
}

// nounModifiers are the relations of the words before a noun that belong
// to its phrase.
var nounModifiers = map[string]bool{"det": true, "nummod": true, "amod": true, "compound": true, "nmod:poss": true}

// verbStart returns the first of the auxiliaries and adverbs right before
// verb v that are its own ("were released", "has not yet said"), or v.
func verbStart(ws []Word, v int) int {
	e := v
	for e > 0 && ws[e-1].Head-1 == v && (strings.HasPrefix(ws[e-1].Deprel, "aux") || ws[e-1].Deprel == "advmod") {
		e--
	}
	return e
}
