package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline/language"
)

// The parser, trained mostly on other prose, misreads shapes that news
// writes all the time; repairParse mends them before anything reads the
// parse.
//
// News opens many sentences with a phrase of time or place before the
// subject: "On the same day, an appeals court in Pravan rejected …", "At
// a hearing on Thursday, Judge Mira Sorel charged …". The parser often
// hangs the subject on that phrase (as its apposition or conjunct) and leaves the verb with no subject, so that the
// one who acted is lost (frontedSubject).
//
// A clause after "after", "before", "since" or "until" reads like a
// prepositional phrase up to its verb: "shares fell after the bank
// disclosed a loss" is parsed as "after the bank" attached to a verb with
// no subject, coordinated with "fell", so that the bank disclosed nothing
// and the two events read as one sequence of the same subject
// (clauseSubject); or the subject is right but "after" stays on it, and
// the clause is the verb's complement ("resigned, a day after the report
// was published"), so nothing says when one was against the other.

// A participle closing a reported clause before its speaker ("…,
// killing 14 civilians, the ministry said") is hung on the saying, so
// that the speaker did the killing (reportedClauseOf).

// repairParse mends these misreadings in every sentence.
func repairParse(sents []language.Sentence) {
	for si := range sents {
		ws := sents[si].Words
		for v := range ws {
			if r := frontedSubject(ws, v); r >= 0 {
				makeSubject(ws, r, v)
			}
			if n, c := clauseSubject(ws, v); n >= 0 {
				makeSubject(ws, n, v)
				markClause(ws, c, v)
			}
		}
		for k := range ws {
			if c := reportedClauseOf(ws, k); c >= 0 {
				ws[k].Head = c + 1 // "struck a market, killing 14, the ministry said"
			}
			if n := lowAttachment(ws, k); n >= 0 {
				ws[k].Head = n + 1 // "the recorders of a plane that crashed"
			}
			if h := ws[k].Head - 1; ws[k].Deprel == "case" && h > k && ws[h].Deprel == "compound" && ws[h].Head-1 > h {
				ws[k].Head = ws[h].Head // "by regional carrier SkyLink": "by" marks the name, not the word before it
			}
			if v := agentOffTime(ws, k); v >= 0 {
				ws[k].Head, ws[k].Deprel = v+1, "obl:agent" // "was grounded on Saturday by the carrier"
			}
		}
		for c := range ws {
			betweenPair(ws, c)
			possessedParticiple(ws, c)
		}
		for c := range ws {
			// "after the report was published" with "after" left on
			// the subject: it marks the clause.
			if ws[c].Deprel != "case" || !subordinating(ws[c].Form) {
				continue
			}
			if n := ws[c].Head - 1; n > c && (ws[n].Deprel == "nsubj" || ws[n].Deprel == "nsubj:pass") && ws[n].Head > n+1 && phraseFrom(ws, c+1, n) {
				markClause(ws, c, ws[n].Head-1)
			}
		}
	}
}

// reportedClauseOf returns the reported clause that participle k goes
// with when the parse hung it on the saying after it ("Fire struck a
// market, killing 14 civilians, the ministry said": the fire killed, the
// ministry did not); else -1.
func reportedClauseOf(ws []language.Word, k int) int {
	h := ws[k].Head - 1
	if ws[k].XPOS != "VBG" || ws[k].Deprel != "advcl" || h <= k || !reportingVerb(ws[h].Lemma) {
		return -1
	}
	for c := range k {
		if ws[c].Head == h+1 && ws[c].Deprel == "ccomp" {
			return c
		}
	}
	return -1
}

// lowAttachment returns the noun that relative clause r belongs to when
// the parse hung it on the noun before "of" ("the recorders of a plane
// that crashed", "the son of the man who was killed"): English attaches a
// relative clause to the nearer noun. Else -1.
func lowAttachment(ws []language.Word, r int) int {
	h := ws[r].Head - 1
	if ws[r].Deprel != "acl:relcl" || h < 0 {
		return -1
	}
	pr := -1
	for k := h + 1; k < r; k++ {
		if ws[k].Head == r+1 && strings.Contains(ws[k].Feats, "PronType=Rel") {
			pr = k
			break
		}
	}
	n := pr - 1
	if pr < 0 || n <= h || ws[n].Head != h+1 || ws[n].Deprel != "nmod" || ws[n].UPOS != "NOUN" && ws[n].UPOS != "PROPN" {
		return -1
	}
	if number(ws, r) != "" && number(ws, r) != nounNumber(ws[n]) {
		return -1 // "the barns of Ostburg that were destroyed": the verb agrees with the first
	}
	of, determined := false, false
	for k := h + 1; k < n; k++ {
		if ws[k].Head != n+1 {
			continue
		}
		of = of || ws[k].Deprel == "case" && strings.EqualFold(ws[k].Form, "of")
		// A bare noun after "of" only classes the first ("the division
		// of labour that had emerged"): the clause is the first's.
		determined = determined || ws[k].Deprel == "det" || ws[k].Deprel == "nmod:poss" || ws[k].Deprel == "nummod"
	}
	if of && determined {
		return n
	}
	return -1
}

// number returns "Sing" or "Plur" as finite verb v or its auxiliary
// shows it ("was", "are", "takes"), or "" when its form does not tell.
func number(ws []language.Word, v int) string {
	forms := []int{v}
	for k := range ws {
		if ws[k].Head == v+1 && strings.HasPrefix(ws[k].Deprel, "aux") {
			forms = append(forms, k)
		}
	}
	for _, k := range forms {
		switch strings.ToLower(ws[k].Form) {
		case "was", "is", "has", "does":
			return "Sing"
		case "were", "are", "have", "do":
			return "Plur"
		}
		if ws[k].XPOS == "VBZ" {
			return "Sing"
		}
	}
	return ""
}

// nounNumber returns a noun's number, "Sing" unless it is marked plural.
func nounNumber(w language.Word) string {
	if strings.Contains(w.Feats, "Number=Plur") {
		return "Plur"
	}
	return "Sing"
}

// agentOffTime returns the passive verb that a "by" phrase is the doer of
// when the parse hung it on the day before it ("was grounded on Saturday
// by the carrier", as if "Saturday by the carrier"); else -1.
func agentOffTime(ws []language.Word, k int) int {
	t := ws[k].Head - 1
	if ws[k].Deprel != "nmod" || t < 0 || t > k || !timeWord(ws[t].Lemma) || !strings.HasPrefix(ws[t].Deprel, "obl") {
		return -1
	}
	by := false
	for j := t + 1; j < k; j++ {
		by = by || ws[j].Head == k+1 && ws[j].Deprel == "case" && strings.EqualFold(ws[j].Form, "by")
	}
	v := ws[t].Head - 1
	if !by || v < 0 || !hasRelation(ws, v, "aux:pass") && !hasRelation(ws, v, "nsubj:pass") {
		return -1
	}
	return v
}

// timeWord reports whether lemma names a day or a part of one.
func timeWord(lemma string) bool {
	switch strings.ToLower(lemma) {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"morning", "afternoon", "evening", "night", "day", "week", "weekend", "month", "year", "today", "yesterday":
		return true
	}
	return false
}

// betweenPair mends "between" at word c when the parse took the "and" of
// its pair for one joining two clauses: in "walked out after talks
// between the union and the operator broke down" the operator did not
// break down, the talks did. The second of the pair becomes the first's
// conjunct, the noun that "between" hangs on the verb's subject, and a
// subordinating preposition before that noun marks the clause.
func betweenPair(ws []language.Word, c int) {
	a := ws[c].Head - 1
	if !strings.EqualFold(ws[c].Form, "between") || ws[c].Deprel != "case" || a <= c || hasRelation(ws, a, "conj") {
		return
	}
	and := a + 1
	if and >= len(ws) || !strings.EqualFold(ws[and].Form, "and") || ws[and].Deprel != "cc" {
		return
	}
	v := ws[and].Head - 1
	if v <= and || ws[v].UPOS != "VERB" {
		return
	}
	b := -1
	for k := and + 1; k < v; k++ {
		if ws[k].Head == v+1 && strings.HasPrefix(ws[k].Deprel, "nsubj") {
			b = k
			break
		}
	}
	h := ws[a].Head - 1
	if b < 0 || !phraseFrom(ws, and+1, b) || h < 0 || h > a || ws[h].UPOS != "NOUN" || under(ws, v, h) {
		return
	}
	ws[b].Head, ws[b].Deprel = a+1, "conj"
	ws[and].Head = b + 1
	for k := 0; k < h; k++ {
		if ws[k].Head == h+1 && ws[k].Deprel == "case" && subordinating(ws[k].Form) {
			ws[h].Head = v + 1
			makeSubject(ws, h, v)
			markClause(ws, k, v)
			return
		}
	}
}

// possessedParticiple mends an -ing word after a possessive that the
// parse took for a clause with the possessive as its subject: in
// "grounded its remaining four aircraft" the aircraft are grounded, and
// "remaining" only describes them ("their growing debts", "his ailing
// father"). The noun becomes the verb's object, the -ing word and the
// possessive its modifiers.
func possessedParticiple(ws []language.Word, k int) {
	if k == 0 || ws[k].XPOS != "VBG" || ws[k-1].XPOS != "PRP$" || ws[k-1].Head != k+1 {
		return
	}
	switch ws[k].Deprel {
	case "advcl", "ccomp", "xcomp":
	default:
		return
	}
	v := ws[k].Head - 1
	if v < 0 || ws[v].UPOS != "VERB" || hasRelation(ws, v, "obj") {
		return
	}
	n := -1
	for j := k + 1; j < len(ws) && j <= k+4; j++ {
		if ws[j].Head == k+1 && ws[j].Deprel == "obj" && (ws[j].UPOS == "NOUN" || ws[j].UPOS == "PROPN") {
			n = j
			break
		}
	}
	if n < 0 || !phraseFrom(ws, k+1, n) {
		return
	}
	ws[n].Head, ws[n].Deprel = v+1, "obj"
	ws[k].Head, ws[k].Deprel = n+1, "amod"
	ws[k-1].Head, ws[k-1].Deprel = n+1, "nmod:poss"
	for j := range ws {
		if ws[j].Head == k+1 && j != n {
			ws[j].Head = n + 1 // what hung on the -ing word hangs on the noun
		}
	}
}

// markClause makes word c the subordinator of clause v, which then
// modifies the verb it hangs from rather than being its object or
// conjunct.
func markClause(ws []language.Word, c, v int) {
	ws[c].Head, ws[c].Deprel, ws[c].UPOS = v+1, "mark", "SCONJ"
	if ws[v].Deprel == "conj" || ws[v].Deprel == "ccomp" {
		ws[v].Deprel = "advcl"
	}
}

// subordinating reports whether word w, a preposition, also opens clauses
// of time.
func subordinating(w string) bool {
	switch strings.ToLower(w) {
	case "after", "before", "since", "until", "till":
		return true
	}
	return false
}

// makeSubject makes word r the subject of verb v.
func makeSubject(ws []language.Word, r, v int) {
	ws[r].Head = v + 1
	ws[r].Deprel = "nsubj"
	if hasRelation(ws, v, "aux:pass") {
		ws[r].Deprel = "nsubj:pass"
	}
}

// clauseSubject returns the noun n right before finite verb v, with no
// subject, that the parse made the object of a subordinating preposition
// c ("after the bank disclosed", "in February after Varga lost"); else
// -1, -1.
func clauseSubject(ws []language.Word, v int) (n, c int) {
	if !finiteWithoutSubject(ws, v) {
		return -1, -1
	}
	for n := v - 1; n >= 0 && n >= v-8; n-- {
		switch ws[n].UPOS {
		case "NOUN", "PROPN", "PRON":
		default:
			continue
		}
		if under(ws, v, n) {
			return -1, -1 // the verb is the noun's own clause: no tree may loop
		}
		// The noun's phrase must end right before the verb …
		ends := true
		for j := n + 1; j < v; j++ {
			ends = ends && under(ws, j, n)
		}
		if !ends {
			return -1, -1
		}
		// … and start right after its preposition.
		for c := range n {
			if ws[c].Head == n+1 && ws[c].Deprel == "case" {
				if subordinating(ws[c].Form) && phraseFrom(ws, c+1, n) {
					return n, c
				}
				return -1, -1
			}
		}
	}
	return -1, -1
}

// phraseFrom reports whether the words from..n-1 all lie under n: the
// phrase of n starts at from.
func phraseFrom(ws []language.Word, from, n int) bool {
	for j := from; j < n; j++ {
		if !under(ws, j, n) {
			return false
		}
	}
	return true
}

// under reports whether word j lies in the subtree of word k.
func under(ws []language.Word, j, k int) bool {
	for hops := 0; j >= 0 && hops < len(ws); hops++ {
		if j == k {
			return true
		}
		j = ws[j].Head - 1
	}
	return false
}

// finiteWithoutSubject reports whether word v is a finite verb, or a
// participle with a finite auxiliary, with no subject of its own.
func finiteWithoutSubject(ws []language.Word, v int) bool {
	w := ws[v]
	if w.UPOS != "VERB" {
		return false
	}
	switch w.XPOS {
	case "VBD", "VBZ", "VBP":
	case "VBN", "VBG":
		if !finiteAuxiliary(ws, v) {
			return false // a participle alone: "the men arrested"
		}
	default:
		return false
	}
	for _, rel := range []string{"nsubj", "nsubj:pass", "expl", "csubj"} {
		if hasRelation(ws, v, rel) {
			return false
		}
	}
	return true
}

// frontedSubject returns the word that heads the noun phrase right before
// finite verb v and after a comma that closes a fronted phrase with no
// verb in it, when the parse made that head depend on the fronted phrase
// instead of on v; else -1.
func frontedSubject(ws []language.Word, v int) int {
	if ws[v].Deprel != "root" || !finiteWithoutSubject(ws, v) {
		return -1
	}
	comma := -1
	for k := v - 1; k >= 0; k-- {
		if ws[k].Form == "," {
			comma = k
			break
		}
	}
	if comma < 1 || comma+1 >= v {
		return -1
	}
	for k := 0; k < comma; k++ {
		if ws[k].UPOS == "VERB" || ws[k].UPOS == "AUX" {
			return -1 // "When police arrived, …": a clause, which the parser reads well
		}
	}
	// The words between the comma and the verb must be one phrase: one
	// of them heads it, attached into the fronted phrase; the others
	// hang under it.
	root := -1
	for k := comma + 1; k < v; k++ {
		h := ws[k].Head - 1
		if h > comma && h < v {
			continue
		}
		if root >= 0 {
			return -1
		}
		root = k
	}
	if root < 0 || ws[root].Head-1 >= comma || ws[root].Head == 0 {
		return -1
	}
	switch ws[root].UPOS {
	case "NOUN", "PROPN", "PRON":
	default:
		return -1
	}
	switch ws[root].Deprel {
	case "appos", "conj", "nmod", "dep", "parataxis":
		return root
	}
	return -1
}

// finiteAuxiliary reports whether verb v has a finite auxiliary: "was
// published", "is meeting".
func finiteAuxiliary(ws []language.Word, v int) bool {
	for k := range ws {
		if ws[k].Head == v+1 && strings.HasPrefix(ws[k].Deprel, "aux") {
			switch ws[k].XPOS {
			case "VBD", "VBZ", "VBP", "MD":
				return true
			}
		}
	}
	return false
}

// hasRelation reports whether some word depends on word v by relation rel.
func hasRelation(ws []language.Word, v int, rel string) bool {
	for k := range ws {
		if ws[k].Head == v+1 && ws[k].Deprel == rel {
			return true
		}
	}
	return false
}
