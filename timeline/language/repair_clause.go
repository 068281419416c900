package language

import "strings"

// Wire copy puts the time between a subject and its verb and reports what
// was said without "that", two orders web text (most of the treebank) has
// little of, so the parser misreads them. The repairs below mend its
// commonest misreadings; each changes only a tree no reading of the
// sentence would give.

// reportedClause mends "Officials said prices rose", which the parse read
// as said's object "prices" with "rose" a clause on the noun (acl). A
// finite verb on a noun with no subject of its own and nothing that opens
// it is no relative clause (those have a subject or a relative pronoun:
// "the man I saw", "the firm that failed"): the noun is the verb's
// subject, and the verb the clause of the one the noun was the object of.
func reportedClause(ws []Word) {
	for v := range ws {
		if ws[v].Deprel != "acl" || !finite(ws[v].XPOS) && !hasDependent(ws, v, "aux") {
			continue
		}
		n := ws[v].Head - 1
		if n < 0 || n >= v || ws[n].Deprel != "obj" || ws[n].UPOS != "NOUN" && ws[n].UPOS != "PROPN" {
			continue
		}
		s := ws[n].Head - 1
		if s < 0 || s > n || !takesClause(ws[s]) || hasDependent(ws, s, "ccomp") || opensClause(ws, v) || !between(ws, n, v) {
			continue
		}
		ws[n].Head, ws[n].Deprel = v+1, "nsubj"
		ws[v].Head, ws[v].Deprel = s+1, "ccomp"
	}
}

// takesClause reports whether w is a verb that reports what was said,
// known or thought, whose object may be the subject of its clause; other
// verbs' objects take participles ("secured the release of a teacher
// jailed in Russia"), which the tagger may call a past tense.
func takesClause(w Word) bool { return w.UPOS == "VERB" && clauseVerbs[w.Lemma] }

var clauseVerbs = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`say tell report announce claim state add insist confirm deny admit
		acknowledge allege argue warn write testify explain note reveal indicate suggest show
		believe think consider know expect fear hope feel assume suspect estimate predict find learn
		hear see realise realize understand decide agree conclude ensure guarantee promise`) {
		clauseVerbs[w] = true
	}
}

// opensClause reports whether verb v has a subject, a mark or a relative
// pronoun of its own.
func opensClause(ws []Word, v int) bool {
	for k := range ws {
		if ws[k].Head-1 != v {
			continue
		}
		switch ws[k].Deprel {
		case "nsubj", "nsubj:pass", "csubj", "expl", "mark":
			return true
		}
		if strings.Contains(ws[k].Feats, "PronType=Rel") {
			return true
		}
	}
	return false
}

// between reports whether every word after noun n and before verb v
// belongs to n's phrase or is one of v's auxiliaries or adverbs ("said
// prices would soon rise").
func between(ws []Word, n, v int) bool {
	for k := n + 1; k < v && k-n <= maxPhrase; k++ {
		if h := ws[k].Head - 1; h == v && (ws[k].Deprel == "aux" || ws[k].Deprel == "advmod") {
			continue
		}
		if descends(ws, k, v) || !descends(ws, k, n) {
			return false
		}
	}
	return v-n <= maxPhrase
}

// clauseAfterTime mends "The company said on Monday that profits rose",
// which hung rose on Monday as its apposition: a time takes no clause that
// "that" opens, so the clause is the verb's the time belongs to.
func clauseAfterTime(ws []Word) {
	for v := range ws {
		t := ws[v].Head - 1
		if t < 0 || t >= v || !isTimeNoun(ws[t]) || !strings.HasPrefix(ws[t].Deprel, "obl") {
			continue
		}
		switch ws[v].Deprel {
		case "appos", "acl", "acl:relcl", "nmod", "ccomp":
		default:
			continue
		}
		s := ws[t].Head - 1
		if s < 0 || ws[s].UPOS != "VERB" {
			continue
		}
		if !hasMark(ws, v, "that") {
			// "said on Monday that his department had opened an
			// investigation", read as the day's relative clause with
			// "that" its object: a clause with a subject of its own
			// takes "that" as its mark.
			r := t + 1
			if r >= v || !strings.EqualFold(ws[r].Form, "that") || ws[r].Head-1 != v ||
				strings.HasPrefix(ws[r].Deprel, "nsubj") || !hasSubject(ws, v) {
				continue
			}
			ws[r].Deprel, ws[r].UPOS, ws[r].XPOS, ws[r].Lemma, ws[r].Feats = "mark", "SCONJ", "IN", "that", ""
		}
		ws[v].Head, ws[v].Deprel = s+1, "ccomp"
	}
}

// timeBeforeVerb mends a time between a subject and its verb, which the
// parse made the verb's subject, with "on" its mark ("The Bank of England
// on Tuesday extended a loan"), the true subject an oblique ("The
// minister earlier this month resigned") or a second subject ("A woman
// crossing the street Friday was struck"), or else a modifier of the
// subject: the time is the verb's oblique, and the noun before it its
// subject.
func timeBeforeVerb(ws []Word) {
	for t := range ws {
		if !isTimeNoun(ws[t]) {
			continue
		}
		switch rel := ws[t].Deprel; rel {
		case "nsubj", "nsubj:pass":
			subjectBeforeTime(ws, t, rel)
		case "nmod:unmarked":
			// "The navy last month had rescued two vessels": a bare time
			// right before the verb is the verb's, not the subject's.
			n := ws[t].Head - 1
			if n < 0 || n >= t || !strings.HasPrefix(ws[n].Deprel, "nsubj") {
				continue
			}
			v, k := ws[n].Head-1, t+1
			for k < len(ws) && ws[k].Head-1 == ws[n].Head-1 && strings.HasPrefix(ws[k].Deprel, "aux") {
				k++
			}
			if k == v && ws[v].UPOS == "VERB" {
				ws[t].Head, ws[t].Deprel = v+1, "obl:unmarked"
			}
		}
	}
}

// subjectBeforeTime gives the time t, which the parse made verb's subject
// by relation rel, back to the verb as its oblique, and the noun before
// it that the parse hung on the verb (or on an adverb of the verb:
// "earlier") the subject's relation.
func subjectBeforeTime(ws []Word, t int, rel string) {
	v, s := ws[t].Head-1, -1
	if v <= t || ws[v].UPOS != "VERB" {
		return
	}
	for k := 0; k < t; k++ {
		if h := ws[k].Head - 1; h != v && (h < 0 || ws[h].Head-1 != v || ws[h].Deprel != "advmod") {
			continue
		}
		nominal := ws[k].UPOS == "NOUN" || ws[k].UPOS == "PROPN" || ws[k].UPOS == "PRON"
		if ws[k].Deprel == rel || ws[k].Deprel == "obl:unmarked" && nominal && !isTimeNoun(ws[k]) {
			s = k
		}
	}
	if s < 0 {
		return
	}
	ws[s].Head, ws[s].Deprel = v+1, rel
	ws[t].Deprel = "obl:unmarked"
	if c := t - 1; c > s && ws[c].Head-1 == v && ws[c].Deprel == "mark" && ws[c].XPOS == "IN" {
		ws[c].Head, ws[c].Deprel, ws[c].UPOS = t+1, "case", "ADP"
		ws[t].Deprel = "obl"
	}
}

// isTimeNoun reports whether w names a day, a month or a stretch of time.
func isTimeNoun(w Word) bool {
	return (w.UPOS == "NOUN" || w.UPOS == "PROPN") && lowerIn(timeNouns, w.Form)
}

// lowerIn reports whether form, in lower case, is in set, without
// allocating: the parse allocates nothing per word.
func lowerIn(set map[string]bool, form string) bool {
	var low [16]byte
	if len(form) > len(low) {
		return false
	}
	for i := 0; i < len(form); i++ {
		c := form[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		low[i] = c
	}
	return set[string(low[:len(form)])]
}

var timeNouns = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`monday tuesday wednesday thursday friday saturday sunday
		january february march april may june july august september october november december
		today yesterday tonight day days week weeks weekend month months year years
		morning afternoon evening night`) {
		timeNouns[w] = true
	}
}

// rootNounClause mends a sentence whose root the parse made its subject's
// noun, with the sentence's verb a clause on it: "The bill, passed by the
// Senate last week, now goes to the House" hung goes on the bill as a
// relative clause. A finite clause on a noun with no subject and no
// relative pronoun is no relative clause (English drops only an object's
// relative pronoun, never a subject's), so the noun is its subject and the
// verb the sentence's root.
func rootNounClause(ws []Word) {
	n := rootOf(ws)
	if n < 0 || !nominalHead(ws, n) {
		return
	}
	for v := n + 1; v < len(ws); v++ {
		if ws[v].Head-1 != n || ws[v].Deprel != "acl:relcl" && ws[v].Deprel != "acl" || ws[v].UPOS != "VERB" {
			continue
		}
		if pastAsParticiple(ws, v) {
			makePast(ws, v, n)
		}
		if !finite(ws[v].XPOS) && !hasDependent(ws, v, "aux", "aux:pass") || opensClause(ws, v) {
			continue
		}
		subj := n
		if s := subjectOf(ws, n); s >= 0 && s < n && !hasDependent(ws, n, "cop") {
			// "Eva Falk, the bank's chief executive, resigned": a noun
			// with a subject and no copula is the subject's apposition.
			ws[n].Head, ws[n].Deprel = s+1, "appos"
			subj = s
			for k := s + 1; k < n; k++ {
				if ws[k].Head-1 == n && ws[k].Deprel == "nsubj" {
					ws[k].Deprel = "compound" // "chief" of "chief executive"
				}
			}
		}
		ws[v].Head, ws[v].Deprel = 0, "root"
		hangSubject(ws, subj, v)
		for k := v + 1; k < len(ws); k++ {
			// what follows the verb and hung on the noun is the verb's:
			// its times, places, clauses and the full stop
			if ws[k].Head-1 == n && clauseDependents[ws[k].Deprel] {
				ws[k].Head = v + 1
			}
		}
		return
	}
}

var clauseDependents = map[string]bool{"punct": true, "obl": true, "obl:unmarked": true, "obl:tmod": true,
	"advmod": true, "advcl": true, "parataxis": true}

// nominalHead reports whether word n heads a noun phrase: a noun, or an
// adjective the tagger may have read for one ("chief executive").
func nominalHead(ws []Word, n int) bool {
	switch ws[n].UPOS {
	case "NOUN", "PROPN":
		return true
	case "ADJ":
		// or one that has a subject without a copula, which no
		// adjective of a sentence lacks
		return hasDependent(ws, n, "det", "nmod:poss") || hasDependent(ws, n, "nsubj") && !hasDependent(ws, n, "cop")
	}
	return false
}

// subjectOf returns the index of word n's nominal subject, or -1.
func subjectOf(ws []Word, n int) int {
	for k := range ws {
		if ws[k].Head-1 == n && ws[k].Deprel == "nsubj" {
			return k
		}
	}
	return -1
}

// subordinateRoot mends a clause that "since", "after", "before" or
// "until" opens inside a phrase on the subject, which the parse made the
// sentence's root, the main verb its conjunct: "Becker, testifying for the
// first time since the bank failed in March, said no bank could survive"
// had failed the root with Becker its subject and said a second verb of
// his. The conjunct after a comma, with no subject of its own, is the
// main verb and takes the subject; the clause hangs on the nearest verb of
// the phrase it was in (or its noun), the noun its subject and the
// preposition its mark.
func subordinateRoot(ws []Word) {
	for a := range ws {
		if ws[a].Deprel != "case" || !lowerIn(clauseOpeners, ws[a].Form) || strings.EqualFold(ws[a].Form, "as") {
			continue
		}
		n := ws[a].Head - 1
		if n <= a || ws[n].Deprel != "nmod" && ws[n].Deprel != "obl" || ws[n].UPOS != "NOUN" && ws[n].UPOS != "PROPN" {
			continue
		}
		v := phraseEnd(ws, n) + 1
		if v >= len(ws) || ws[v].Deprel != "root" || !finite(ws[v].XPOS) {
			continue
		}
		s := subjectOf(ws, v)
		if s < 0 || s >= a || !descends(ws, n, s) {
			continue
		}
		c := -1
		for k := v + 1; k < len(ws); k++ {
			if ws[k].Head-1 == v && ws[k].Deprel == "conj" && finite(ws[k].XPOS) && ws[k-1].Form == "," && !hasSubject(ws, k) {
				c = k
				break
			}
		}
		if c < 0 {
			continue
		}
		h := ws[n].Head - 1
		for p := h; p >= 0 && p != s; p = ws[p].Head - 1 {
			if ws[p].UPOS == "VERB" {
				h = p
				break
			}
		}
		ws[c].Head, ws[c].Deprel = 0, "root"
		ws[s].Head = c + 1
		for k := range ws {
			if ws[k].Head-1 == v && (k < s || k > c || ws[k].Deprel == "punct" && k == c-1) {
				ws[k].Head = c + 1
			}
		}
		ws[v].Head, ws[v].Deprel = h+1, "advcl"
		ws[n].Head, ws[n].Deprel = v+1, "nsubj"
		ws[a].Head, ws[a].Deprel, ws[a].UPOS, ws[a].XPOS = v+1, "mark", "SCONJ", "IN"
	}
}
