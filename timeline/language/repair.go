package language

import "strings"

// ofSubject mends a parse that made "of" the mark of a finite verb and the
// noun after it that verb's subject, in a sentence whose root is no verb
// ("Sadly, the mother of two died from her injuries" hung died on the
// mother as a relative clause whose subject was two): the noun after "of"
// belongs to the noun before it, which is the verb's subject, and the verb
// is the sentence's. So with a number before "of" ("Two of the injured
// died in hospital" had died a conjunct of Two, its subject the injured). The treebanks never make "of" a finite verb's mark.
func ofSubject(ws []Word) {
	for o := 1; o < len(ws); o++ {
		if ws[o].Deprel != "mark" || !strings.EqualFold(ws[o].Form, "of") {
			continue
		}
		v, n, r := ws[o].Head-1, o-1, rootOf(ws)
		if v <= o || !finite(ws[v].XPOS) || ws[n].UPOS != "NOUN" && ws[n].UPOS != "PROPN" && ws[n].UPOS != "NUM" || r < 0 {
			continue
		}
		// The noun is the root, or the subject of an adverb left as root.
		if r != n && (ws[r].UPOS != "ADV" || ws[n].Head-1 != r || ws[n].Deprel != "nsubj") {
			continue
		}
		s := subjectBetween(ws, v, o)
		if s < 0 {
			continue
		}
		ws[s].Head, ws[s].Deprel = n+1, "nmod"
		ws[o].Head, ws[o].Deprel, ws[o].UPOS, ws[o].XPOS = s+1, "case", "ADP", "IN"
		for k := o + 1; k < s; k++ {
			if ws[k].Head-1 == v && ws[k].Deprel == "det" {
				ws[k].Head = s + 1 // "Two of the injured died": the article is the noun's
			}
		}
		ws[v].Head, ws[v].Deprel = 0, "root"
		ws[n].Head, ws[n].Deprel = v+1, "nsubj"
		if r != n {
			ws[r].Head, ws[r].Deprel = v+1, "advmod"
		}
		for k := range ws {
			if h := ws[k].Head - 1; (h == r || h == n) && ws[k].Deprel == "punct" && k > v {
				ws[k].Head = v + 1 // the full stop is the verb's
			}
		}
		return
	}
}

// rootOf returns the index of the sentence's root, or -1.
func rootOf(ws []Word) int {
	for k := range ws {
		if ws[k].Head == 0 {
			return k
		}
	}
	return -1
}

// subjectBetween returns verb v's subject after word o and before v, or -1.
func subjectBetween(ws []Word, v, o int) int {
	for k := o + 1; k < v; k++ {
		if ws[k].Head-1 == v && ws[k].Deprel == "nsubj" {
			return k
		}
	}
	return -1
}

// finite reports whether an XPOS is a finite verb's.
func finite(xpos string) bool { return xpos == "VBD" || xpos == "VBZ" || xpos == "VBP" || xpos == "MD" }

// subordinateClause mends a clause that "after", "before", "since" or
// "until" opens, which the parse read as a preposition's noun and a verb
// of the main clause: "resigned a week after a dam run by the company
// collapsed and killed 31 people" had the dam an oblique of resigned and
// collapsed a second verb of the one who resigned. A finite verb that
// follows the noun's phrase directly, hung on the verb the noun hangs
// from and with no subject of its own, is the clause's verb, the noun its
// subject and the preposition its mark ("left after the meeting ended").
// A phrase set off by dashes may stand between the noun and its verb, and
// the verb then be read as the main verb's participle: "failed after its
// depositors — mostly technology workers — hurried to withdraw money"; so
// may one set off by commas ("a day after a strong aftershock, of
// magnitude 5.4, shook the province").
func subordinateClause(ws []Word) {
	for a := range ws {
		n := openedNoun(ws, a)
		if n < 0 {
			continue
		}
		h := ws[n].Head - 1
		v := phraseEnd(ws, n) + 1
		dashed := v < len(ws) && (isDash(ws[v].Form) || ws[v].Form == "," && commaIn(ws, n, v)) && phraseEnd(ws, n) > n+1
		if dashed {
			v++
		}
		if h >= 0 && v < len(ws) && ws[v].Deprel == "root" && ws[h].Head-1 == v && ws[h].Deprel == "reparandum" {
			// "Oil prices rose 6% as traders worried that …" had rose a
			// false start of worried: the main verb is the root again.
			ws[h].Head, ws[h].Deprel = 0, "root"
			ws[v].Head, ws[v].Deprel = h+1, "conj"
			if last := len(ws) - 1; ws[last].Head-1 == v && ws[last].Deprel == "punct" {
				ws[last].Head = h + 1
			}
		}
		if h >= 0 && h < a && v < len(ws) {
			conjoinedAbove(ws, a, h, v)
		}
		if h < 0 || h >= a || v >= len(ws) || ws[v].Head-1 != h || hasSubject(ws, v) {
			continue
		}
		switch {
		case finite(ws[v].XPOS) && (ws[v].Deprel == "conj" || ws[v].Deprel == "advcl" || ws[v].Deprel == "acl"):
			// A clause on a verb is no noun's (acl): "asked for a recount
			// after final results showed him losing" had showed one.
		case dashed && ws[v].XPOS == "VBN" && ws[v].Deprel == "xcomp" && strings.HasSuffix(ws[v].Form, "ed") && !hasDependent(ws, v, "aux", "aux:pass"):
			makePast(ws, v, n)
		default:
			continue
		}
		ws[n].Head, ws[n].Deprel = v+1, "nsubj"
		ws[a].Head, ws[a].Deprel, ws[a].UPOS, ws[a].XPOS = v+1, "mark", "SCONJ", "IN"
		ws[v].Head, ws[v].Deprel = h+1, "advcl"
		for k := range ws {
			// Commas and conjunctions before the clause were the
			// conjunction's; they are the clause's now.
			if ws[k].Head-1 == v && k < a && (ws[k].Deprel == "cc" || ws[k].Deprel == "punct") {
				ws[k].Head = h + 1
			}
		}
	}
}

// commaIn reports whether a comma stands after noun n and before word v:
// the opening one of a phrase set off by commas that v closes.
func commaIn(ws []Word, n, v int) bool {
	for k := n + 1; k < v; k++ {
		if ws[k].Form == "," {
			return true
		}
	}
	return false
}

// conjoinedAbove readies for subordinateClause a clause's verb v that the
// parse joined, with no conjunction, to a verb above h, the verb the noun
// after the opener at a hangs from: "tore through the valley, forcing
// people to leave their homes as strong winds pushed the flames" had
// pushed a conjunct of tore and forcing its adverbial. The verb hangs on h,
// and what it held before the opener goes back to the verb above.
func conjoinedAbove(ws []Word, a, h, v int) {
	g := ws[v].Head - 1
	if g < 0 || g == h || g >= a || ws[v].Deprel != "conj" || !finite(ws[v].XPOS) || !descends(ws, h, g) ||
		hasDependent(ws, v, "cc") || hasSubject(ws, v) {
		return
	}
	for k := range a {
		if ws[k].Head-1 == v {
			ws[k].Head = g + 1
		}
	}
	ws[v].Head = h + 1
}

// intransitiveClause mends the same clause when its verb was read as a
// participle of the noun: "was taken to hospital after a wall collapsed on
// his car" had collapsed a reduced relative ("a wall [that was]
// collapsed"), which a verb that takes no object cannot make, and the wall
// an oblique of taken. Such a participle, with no auxiliary or agent of
// its own, is the clause's verb in the past tense, the noun its subject.
// So is a past tense the parse hung as a relative, with no subject or
// mark of its own, on the noun of a part's "of": "four days after one of
// the company's ferries sank" had sank a relative of ferries, and "one"
// an oblique.
func intransitiveClause(ws []Word) {
	for a := range ws {
		n := openedNoun(ws, a)
		if n < 0 {
			continue
		}
		v := aclAfter(ws, n)
		if v < 0 && !strings.EqualFold(ws[a].Form, "as") {
			if m := ofNoun(ws, n); m >= 0 {
				v = aclAfter(ws, m)
			}
		}
		if v < 0 || hasDependent(ws, v, "aux", "aux:pass", "obl:agent", "nsubj", "nsubj:pass", "mark") {
			continue
		}
		if ws[v].XPOS != "VBD" && (ws[v].XPOS != "VBN" || !takesNoObject[ws[v].Lemma] || hasDependent(ws, v, "obj")) {
			continue
		}
		h := ws[n].Head - 1
		makePast(ws, v, n)
		ws[v].Head, ws[v].Deprel = h+1, "advcl"
		ws[n].Head, ws[n].Deprel = v+1, "nsubj"
		ws[a].Head, ws[a].Deprel, ws[a].UPOS, ws[a].XPOS = v+1, "mark", "SCONJ", "IN"
	}
}

// aclAfter returns the first word after noun n, within maxPhrase, that
// the parse hung on n as a clause (acl), or -1.
func aclAfter(ws []Word, n int) int {
	for k := n + 1; k < len(ws) && k-n <= maxPhrase; k++ {
		if ws[k].Head-1 == n && ws[k].Deprel == "acl" {
			return k
		}
	}
	return -1
}

// ofNoun returns the noun of the "of" phrase that word n heads ("one of
// the ferries", "most of the miners"), or -1.
func ofNoun(ws []Word, n int) int {
	for k := n + 1; k < len(ws) && k-n <= maxPhrase; k++ {
		if ws[k].Head-1 != n || ws[k].Deprel != "nmod" || ws[k].UPOS != "NOUN" && ws[k].UPOS != "PROPN" {
			continue
		}
		for c := n + 1; c < k; c++ {
			if ws[c].Head-1 == k && ws[c].Deprel == "case" && strings.EqualFold(ws[c].Form, "of") {
				return k
			}
		}
	}
	return -1
}

// takesNoObject are verbs news tells of things that happen to their
// subject, which have no passive and so no participle of a noun: "after
// the bridge collapsed", "after the ferry capsized".
var takesNoObject = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`collapse die happen occur arrive erupt disappear vanish emerge
		capsize crash explode collide derail subside plummet plunge tumble slump soar surge
		expire fall sink rise`) {
		takesNoObject[w] = true
	}
}

// hasDependent reports whether word v has a dependent by one of rels.
func hasDependent(ws []Word, v int, rels ...string) bool {
	for k := range ws {
		if ws[k].Head-1 == v {
			for _, r := range rels {
				if ws[k].Deprel == r {
					return true
				}
			}
		}
	}
	return false
}

// obliqueClause mends the same clause when the parse hung the noun on the
// clause's own verb as an oblique: "until the second storm had passed"
// had "until the second storm" a phrase of time of passed, which then had
// no subject, so that the one who urged people to stay away passed. A
// verb right after the noun's phrase, save its auxiliaries, with no
// subject, takes the noun as its subject and the opener as its mark.
func obliqueClause(ws []Word) {
	for a := range ws {
		n := openedNoun(ws, a)
		if n < 0 {
			continue
		}
		v := ws[n].Head - 1
		if v <= n || ws[v].UPOS != "VERB" || hasSubject(ws, v) {
			continue
		}
		k := phraseEnd(ws, n) + 1
		for k < v && (ws[k].Head-1 == v && strings.HasPrefix(ws[k].Deprel, "aux")) {
			k++
		}
		if k != v || !finite(ws[v].XPOS) && !hasDependent(ws, v, "aux", "aux:pass") {
			continue
		}
		ws[n].Deprel = "nsubj"
		if hasDependent(ws, v, "aux:pass") {
			ws[n].Deprel = "nsubj:pass"
		}
		ws[a].Head, ws[a].Deprel, ws[a].UPOS, ws[a].XPOS = v+1, "mark", "SCONJ", "IN"
		if ws[v].Deprel == "conj" && !hasDependent(ws, v, "cc") || ws[v].Deprel == "ccomp" {
			// "was taken to hospital after a wall collapsed" had
			// collapsed a second verb of taken, "reopened a year after
			// two of its shafts collapsed" what reopened: a clause its
			// opener marks is the verb's adverbial.
			ws[v].Deprel = "advcl"
		}
	}
}

// openedNoun returns the noun that word a, a clause opener read as a
// preposition, marks as an oblique, or -1.
func openedNoun(ws []Word, a int) int {
	if ws[a].Deprel != "case" || !lowerIn(clauseOpeners, ws[a].Form) {
		return -1
	}
	n := ws[a].Head - 1
	if n <= a || ws[n].Deprel != "obl" {
		return -1
	}
	if ws[n].UPOS != "NOUN" && ws[n].UPOS != "PROPN" && ofNoun(ws, n) < 0 {
		return -1 // a part of a group may open the clause too: "after two of its shafts collapsed"
	}
	if strings.EqualFold(ws[a].Form, "as") && !asSubject(ws, a, n) {
		return -1
	}
	return n
}

// asSubject reports whether noun n after "as" (at a) may be the subject of
// a clause "as" opens ("fell as markets welcomed the result"), not what
// something serves as ("his naming as host prompted", "retired as a boss
// after a gunman grazed him") or a fixed phrase ("as a result of", "as to
// the cause"): a name, a plural or a noun with a determiner, no preposition
// of its own, and in its phrase none but "of".
func asSubject(ws []Word, a, n int) bool {
	if ws[n].Lemma == "result" || ws[n].UPOS == "NOUN" && ws[n].XPOS == "NN" && !hasDependent(ws, n, "det", "nmod:poss", "nummod") {
		return false
	}
	for k := a + 1; k <= phraseEnd(ws, n); k++ {
		if ws[k].UPOS == "ADP" && !strings.EqualFold(ws[k].Form, "of") || ws[k].UPOS == "PUNCT" && ws[k].Form != "-" {
			return false
		}
	}
	return true
}

// clauseOpeners are the words that open a clause of time as well as a
// phrase.
var clauseOpeners = map[string]bool{"after": true, "before": true, "since": true, "until": true, "as": true}

// phraseEnd returns the last word of the phrase word n heads: the run of
// words after n that all descend from it, up to maxPhrase of them, which
// keeps a sentence of thousands of words in linear time.
func phraseEnd(ws []Word, n int) int {
	end := n
	for k := n + 1; k < len(ws) && k-n <= maxPhrase && descends(ws, k, n); k++ {
		end = k
	}
	return end
}

// maxPhrase bounds the noun phrases subordinateClause reads past.
const maxPhrase = 24

// descends reports whether word k lies under word n in the tree.
func descends(ws []Word, k, n int) bool {
	for h, hops := ws[k].Head-1, 0; h >= 0 && hops < len(ws); h, hops = ws[h].Head-1, hops+1 {
		if h == n {
			return true
		}
	}
	return false
}

// isDash reports whether form is a dash that sets a phrase off.
func isDash(form string) bool { return form == "—" || form == "–" || form == "--" }

// hasSubject reports whether word v has a subject.
func hasSubject(ws []Word, v int) bool {
	for k := range ws {
		if ws[k].Head-1 == v && strings.HasPrefix(ws[k].Deprel, "nsubj") {
			return true
		}
	}
	return false
}

// makePast tags verb v a finite past tense whose subject is noun n.
func makePast(ws []Word, v, n int) {
	ws[v].XPOS, ws[v].Feats = "VBD", "Mood=Ind|Number="+number(ws[n])+"|Person=3|Tense=Past|VerbForm=Fin"
}

// hangSubject makes word s the subject of verb v, passive if v is.
func hangSubject(ws []Word, s, v int) {
	ws[s].Head, ws[s].Deprel = v+1, "nsubj"
	if hasDependent(ws, v, "aux:pass") {
		ws[s].Deprel = "nsubj:pass"
	}
}
