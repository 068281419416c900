package language

import "strings"

// verbAfterRelative mends "Five people who were on the boat died on
// Thursday", which the parse read as a sentence about people with the
// dying a clause on the boat: the relative clause ends at its predicate,
// and a finite verb the parse hung there, with no subject, mark or
// relative pronoun of its own, is the sentence's verb, its subject the
// noun the relative clause is on. A past form with an object, which no
// participle takes, may hang on a word of the relative clause as well as
// on its predicate ("Families who have camped outside the gates since the
// accident cheered and waved flags").
func verbAfterRelative(ws []Word) {
	n := rootOf(ws)
	if n < 0 || !nominalHead(ws, n) {
		return
	}
	for v := n + 2; v < len(ws); v++ {
		r := ws[v].Head - 1
		if r <= n || r >= v || ws[v].Deprel != "acl" || ws[v].UPOS != "VERB" || !finite(ws[v].XPOS) && !pastWithObject(ws, v) || opensClause(ws, v) {
			continue
		}
		c := relativeOver(ws, r, n)
		if c < 0 || !opensClause(ws, c) || c != r && (!pastWithObject(ws, v) || ws[r].Deprel == "obj") {
			continue // deeper in the clause, only a past with an object, not a participle on the clause's object ("a document titled …")
		}
		if ws[v].XPOS == "VBN" {
			makePast(ws, v, n)
			for k := v + 1; k < len(ws); k++ {
				if ws[k].Head-1 == v && ws[k].Deprel == "conj" && ws[k].XPOS == "VBN" && !hasDependent(ws, k, "aux", "aux:pass") {
					makePast(ws, k, n) // "cheered and waved flags"
				}
			}
		}
		ws[v].Head, ws[v].Deprel = 0, "root"
		ws[n].Head, ws[n].Deprel = v+1, "nsubj"
		for k := v + 1; k < len(ws); k++ {
			if ws[k].Head-1 == n && clauseDependents[ws[k].Deprel] {
				ws[k].Head = v + 1 // the full stop, and what else follows the verb
			}
		}
		return
	}
}

// pastWithObject reports whether participle v, with no auxiliary, has an
// object, which a passive participle does not take: it is a past tense
// ("since the accident cheered and waved flags").
func pastWithObject(ws []Word, v int) bool {
	return ws[v].XPOS == "VBN" && pastParticipleForm(ws[v]) && hasObject(ws, v) && !hasDependent(ws, v, "aux", "aux:pass")
}

// hasObject reports whether verb v, or a verb joined to it, has an object.
func hasObject(ws []Word, v int) bool {
	for k := range ws {
		if h := ws[k].Head - 1; ws[k].Deprel == "obj" && (h == v || h >= 0 && ws[h].Deprel == "conj" && ws[h].Head-1 == v) {
			return true
		}
	}
	return false
}

// relativeOver returns the relative clause on noun n that word k is, or
// lies under ("Families who have camped outside the gates since the
// accident cheered" had the cheering a clause of the accident's), or -1.
func relativeOver(ws []Word, k, n int) int {
	for hops := 0; k >= 0 && hops <= maxPhrase; k, hops = ws[k].Head-1, hops+1 {
		if h := ws[k].Head - 1; h == n {
			if ws[k].Deprel == "acl:relcl" {
				return k
			}
			return -1
		}
	}
	return -1
}

// relativeThenVerb mends "The boxes from the plane that crashed last week
// arrived in Paris", which the parse read with crashed the sentence's verb
// and two subjects, the boxes and "that", and arrived a second verb of the
// plane's: a relative pronoun right after a noun opens a clause on that
// noun, and a finite verb that follows the clause with no subject,
// conjunction or comma of its own is the verb of the subject before it.
func relativeThenVerb(ws []Word) {
	for p := 1; p < len(ws); p++ {
		r := ws[p].Head - 1
		if r <= p || !strings.HasPrefix(ws[p].Deprel, "nsubj") || !strings.Contains(ws[p].Feats, "PronType=Rel") || !nominalHead(ws, p-1) {
			continue
		}
		n := -1
		for k := p - 2; k >= 0; k-- {
			if ws[k].Head-1 == r && strings.HasPrefix(ws[k].Deprel, "nsubj") {
				n = k
				break
			}
		}
		if n < 0 {
			continue
		}
		v := -1
		for k := r + 1; k < len(ws); k++ {
			if ws[k].UPOS == "PUNCT" {
				break
			}
			if ws[k].Head-1 == r && (ws[k].Deprel == "conj" || ws[k].Deprel == "parataxis") {
				v = k
				break
			}
		}
		if v < 0 || ws[v].UPOS != "VERB" || !finite(ws[v].XPOS) || hasSubject(ws, v) || hasDependent(ws, v, "cc", "mark") {
			continue
		}
		for k := v + 1; k < len(ws); k++ {
			if ws[k].Head-1 == r {
				ws[k].Head = v + 1 // the full stop
			}
		}
		ws[v].Head, ws[v].Deprel = ws[r].Head, ws[r].Deprel
		hangSubject(ws, n, v)
		ws[r].Head, ws[r].Deprel = p, "acl:relcl"
	}
}

// subjectAroundRelative mends "Mr. Hayward, who was widely criticized,
// will step down in October", which the parse read with the name a
// vocative or the root and the stepping down a clause of the relative
// one, with no subject: a noun set off by a comma and a relative clause
// whose subject is "who" or "which", then a comma and a verb with no
// subject, mark or relative pronoun of its own, is that verb's subject,
// and the relative clause is on the noun. The subject is the head of the
// noun's phrase ("Sales in the computing group, which makes chips, rose
// 9%"), unless that is another verb's object ("according to court
// records, which indicate …, threw her down"). The verb keeps its place
// in the sentence, or takes that of the highest of the three when it lay
// under the others, unless that place is a noun's (on one ECB+ sentence,
// a speaker the parse made an oblique).
func subjectAroundRelative(ws []Word) {
	for r := 2; r+2 < len(ws); r++ {
		if ws[r].Lemma != "who" && ws[r].Lemma != "which" || ws[r-1].Form != "," || !strings.HasPrefix(ws[r].Deprel, "nsubj") {
			continue
		}
		c, n := ws[r].Head-1, r-2
		if c <= r || ws[n].UPOS != "PROPN" && ws[n].UPOS != "NOUN" {
			continue
		}
		v, k := clauseAfterRelative(ws, r, c)
		if v < 0 {
			continue
		}
		if ws[n].Deprel == "flat" && ws[n].Head-1 < n {
			n = ws[n].Head - 1 // a name's first word heads it
		}
		s := n
		for (ws[s].Deprel == "flat" || ws[s].Deprel == "compound" || ws[s].Deprel == "nmod") && ws[s].Head-1 >= 0 && ws[s].Head-1 < s {
			s = ws[s].Head - 1
		}
		if ws[s].Deprel == "obj" || ws[s].Deprel == "iobj" {
			continue // "chose the path of betrayal, who …": another's object
		}
		top := v
		for _, x := range []int{s, c} {
			if descends(ws, v, x) && (top == v || descends(ws, top, x)) {
				top = x
			}
		}
		if top != v && nominalRelation[ws[top].Deprel] {
			continue // no place a verb takes
		}
		if top != v {
			ws[v].Head, ws[v].Deprel = ws[top].Head, ws[top].Deprel
		}
		ws[s].Head, ws[s].Deprel = v+1, "nsubj"
		if hasDependent(ws, v, "aux:pass") {
			ws[s].Deprel = "nsubj:pass"
		}
		if c != ws[n].Head-1 || ws[c].Deprel != "acl:relcl" {
			ws[c].Head, ws[c].Deprel = n+1, "acl:relcl"
		}
		for j := k; j < len(ws); j++ {
			if h := ws[j].Head - 1; (h == s || h == c) && j != v {
				ws[j].Head = v + 1 // the full stop, and what else the verb's clause holds
			}
		}
		return
	}
}

// clauseAfterRelative returns the verb of the clause after the relative
// clause c whose subject r is, and the word after the comma that ends c,
// or -1: a verb with no subject, mark or relative pronoun of its own
// after the first comma past r, where c's words stop.
func clauseAfterRelative(ws []Word, r, c int) (int, int) {
	for k := r + 1; k+1 < len(ws); k++ {
		if ws[k].Form != "," {
			if k != c && !descends(ws, k, c) {
				return -1, -1 // the clause ended with no comma
			}
			continue
		}
		v := clauseVerbAt(ws, k+1)
		switch {
		case v < 0:
			return -1, -1
		case opensClause(ws, v):
			return -1, -1 // a verb of a clause of its own
		default:
			return v, k + 1
		}
	}
	return -1, -1
}

// clauseVerbAt returns the verb whose clause opens at word k: a verb at
// k, or the one the auxiliaries and adverbs from k hang on, or -1.
func clauseVerbAt(ws []Word, k int) int {
	for j := k; j < len(ws) && j < k+4; j++ {
		switch {
		case ws[j].UPOS == "VERB" && (finite(ws[j].XPOS) || hasDependent(ws, j, "aux", "aux:pass")):
			return j
		case ws[j].UPOS == "AUX" || ws[j].UPOS == "ADV":
		default:
			return -1
		}
	}
	return -1
}

// nominalRelation are the relations of a noun to its head, which a verb
// does not take.
var nominalRelation = map[string]bool{"obl": true, "obj": true, "iobj": true, "nmod": true, "appos": true,
	"vocative": true, "nsubj": true, "nsubj:pass": true, "compound": true, "flat": true}
