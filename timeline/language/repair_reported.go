package language

import "strings"

// What was said, when news reports it with its subject or its speaker where
// web text seldom puts them: after a phrase set off by commas, or after
// the clause itself.

// reportedAfterPhrase mends the same clause when a phrase set off by
// commas follows its subject: "Fire officials said the blaze, fanned by
// strong winds, destroyed 2,200 buildings" had the blaze said's object
// and destroyed a clause on the winds. A finite verb right after the
// phrase's closing comma, with no subject, mark or relative pronoun of its
// own, is the clause of the verb of saying, and the object its subject.
func reportedAfterPhrase(ws []Word) {
	for v := range ws {
		// A participle with an object is no reduced relative either:
		// the tagger took destroyed's past for one.
		pastAsParticiple := ws[v].XPOS == "VBN" && hasDependent(ws, v, "obj") && !hasDependent(ws, v, "aux:pass")
		if ws[v].Deprel != "acl" || !finite(ws[v].XPOS) && !hasDependent(ws, v, "aux") && !pastAsParticiple || opensClause(ws, v) {
			continue
		}
		k := v - 1
		for k > 0 && ws[k].Head-1 == v && (ws[k].Deprel == "aux" || ws[k].Deprel == "advmod") {
			k--
		}
		if k < 2 || ws[k].Form != "," {
			continue
		}
		n := ws[v].Head - 1
		for n >= 0 && ws[n].Deprel != "obj" && n < v {
			n = ws[n].Head - 1
		}
		if n < 0 || n+1 >= k || ws[n+1].Form != "," || ws[n].UPOS != "NOUN" && ws[n].UPOS != "PROPN" {
			continue
		}
		s := ws[n].Head - 1
		if s < 0 || s > n || !takesClause(ws[s]) || hasDependent(ws, s, "ccomp") || !between(ws, n, k) {
			continue
		}
		if pastAsParticiple && !hasDependent(ws, v, "aux") {
			makePast(ws, v, n)
		}
		ws[n].Head, ws[n].Deprel = v+1, "nsubj"
		ws[v].Head, ws[v].Deprel = s+1, "ccomp"
	}
}

// nounAsClause mends a reported clause whose subject the parse made a
// clause of its own: "directors said the company's chairman and chief
// executive, Garth Drabinsky, is considering a bid" had chairman a ccomp
// of said beside considering, which had no subject. A noun is a clause
// only with a copula; one followed by a subjectless finite verb on the
// same head is that verb's subject.
func nounAsClause(ws []Word) {
	for n := range ws {
		if ws[n].Deprel != "ccomp" || ws[n].UPOS != "NOUN" && ws[n].UPOS != "PROPN" || hasDependent(ws, n, "cop", "nsubj", "case") {
			continue
		}
		s := ws[n].Head - 1
		for v := n + 1; v < len(ws) && v-n <= maxPhrase; v++ {
			if ws[v].Head-1 != s || s < 0 {
				continue
			}
			if (ws[v].Deprel == "ccomp" || ws[v].Deprel == "parataxis") && (finite(ws[v].XPOS) || hasDependent(ws, v, "aux", "aux:pass")) && !hasSubject(ws, v) {
				hangSubject(ws, n, v)
				ws[v].Deprel = "ccomp"
			}
			break
		}
	}
}

// objectAsClause mends the object of a reported clause that the parse made
// a second clause of the verb of saying after it: "The storm has killed
// at least 11 people, officials said" had people a ccomp of said beside
// killed. A noun without a copula is no clause: it is the object of the
// reported verb before it, when that verb has none.
func objectAsClause(ws []Word) {
	for n := range ws {
		if ws[n].Deprel != "ccomp" || ws[n].UPOS != "NOUN" && ws[n].UPOS != "PROPN" || hasDependent(ws, n, "cop", "nsubj", "case") {
			continue
		}
		s := ws[n].Head - 1
		if s <= n {
			continue
		}
		u := -1
		for k := n - 1; k >= 0 && n-k <= maxPhrase; k-- {
			if ws[k].Head-1 == s && ws[k].Deprel == "ccomp" && ws[k].UPOS == "VERB" {
				u = k
				break
			}
		}
		if u < 0 || hasDependent(ws, u, "obj", "ccomp", "xcomp") || !allUnderEither(ws, u+1, n, u, n) {
			continue
		}
		ws[n].Head, ws[n].Deprel = u+1, "obj"
	}
}

// allUnderEither reports whether every word in [lo, hi) lies under word a
// or word b.
func allUnderEither(ws []Word, lo, hi, a, b int) bool {
	for k := lo; k < hi; k++ {
		if k != a && k != b && !descends(ws, k, a) && !descends(ws, k, b) {
			return false
		}
	}
	return true
}

// bareDay mends a day named bare after its verb, as wire copy names it
// ("Police said Friday that the man had fled", "The man fled Friday"),
// which the parse read as the verb's second subject or its object, and
// then hung the clause "that" opens on the day. A weekday, "today",
// "yesterday" or "tonight" right after a verb says when; what hangs on it
// as a clause is the verb's. So does one the parse made the subject of
// the verb's clause beside the clause's own ("said Friday it was
// monitoring"). "Late" or "early" may stand before the day ("said late
// Monday that it expected", read as the day what was said).
func bareDay(ws []Word) {
	for d := 1; d < len(ws); d++ {
		v := ws[d].Head - 1
		switch ws[d].Deprel {
		case "nsubj", "obj", "iobj", "ccomp":
		default:
			continue
		}
		at := d - 1 // where the verb stands: before the day, or before its "late"
		if partOfDay(ws, at, d) {
			at--
		}
		// After an infinitive the extractor reads the day as the governing
		// verb's or the infinitive's by what each says (extract's
		// parseweekday.go), from the object the parse makes of it.
		if v != at || ws[v].UPOS != "VERB" || !dayWord(ws[d].Form) || hasMark(ws, v, "to") ||
			hasDependent(ws, d, "case", "det", "nmod:poss") || at == d-1 && hasDependent(ws, d, "amod") {
			continue
		}
		ws[d].Deprel = "obl:unmarked"
		dayClause(ws, d, v)
	}
	for d := 1; d < len(ws); d++ {
		// "The ministry said Friday it was monitoring a second incident"
		// had Friday a second subject of what was said ("said Friday that
		// the man had fled" a passive one).
		p, c := d-1, ws[d].Head-1
		if !strings.HasPrefix(ws[d].Deprel, "nsubj") || c <= d || ws[p].UPOS != "VERB" || ws[c].Head-1 != p || !dayWord(ws[d].Form) ||
			hasDependent(ws, d, "case", "det", "amod", "nmod:poss") || !hasOtherSubject(ws, c, d) {
			continue
		}
		ws[d].Head, ws[d].Deprel = p+1, "obl:unmarked"
	}
}

// hasOtherSubject reports whether verb v has a subject besides word d.
func hasOtherSubject(ws []Word, v, d int) bool {
	for k := range ws {
		if k != d && ws[k].Head-1 == v && strings.HasPrefix(ws[k].Deprel, "nsubj") {
			return true
		}
	}
	return false
}

// dayClause hangs on verb v the clause that "that" opens after its day d.
func dayClause(ws []Word, d, v int) {
	for k := d + 1; k < len(ws); k++ {
		if ws[k].Head-1 == d && (ws[k].Deprel == "acl" || ws[k].Deprel == "ccomp") && hasMark(ws, k, "that") {
			ws[k].Head, ws[k].Deprel = v+1, "ccomp"
		}
	}
}

// partOfDay reports whether word k is "late" or "early" on day d.
func partOfDay(ws []Word, k, d int) bool {
	return k > 0 && ws[k].Head-1 == d && ws[k].Deprel == "amod" && (strings.EqualFold(ws[k].Form, "late") || strings.EqualFold(ws[k].Form, "early"))
}

// dayWord reports whether form names a day that a verb may take bare.
func dayWord(form string) bool {
	for _, d := range bareDays {
		if strings.EqualFold(form, d) { // no lower-case copy: the parse allocates nothing per word
			return true
		}
	}
	return false
}

var bareDays = [...]string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight"}

// timeAsObject mends a time the parse made a verb's second object: "are
// willing to spend money this winter" had money and winter both objects.
// A time noun that "this", "last", "next", "every" or "each" determines,
// after the verb's object, says when (as in the treebanks, all four times
// the parse makes such a noun an object there).
func timeAsObject(ws []Word) {
	for t := range ws {
		if ws[t].Deprel != "obj" || !isTimeNoun(ws[t]) && !seasonWord(ws[t].Form) || !hasDeterminer(ws, t, "this", "last", "next", "every", "each") {
			continue
		}
		v := ws[t].Head - 1
		for k := v + 1; k < t; k++ {
			if ws[k].Head-1 == v && ws[k].Deprel == "obj" {
				ws[t].Deprel = "obl:unmarked"
				break
			}
		}
	}
}

// seasonWord reports whether form names a season, which news dates by
// ("this winter", "last season").
func seasonWord(form string) bool {
	for _, s := range seasons {
		if strings.EqualFold(form, s) {
			return true
		}
	}
	return false
}

var seasons = [...]string{"season", "spring", "summer", "autumn", "fall", "winter", "quarter"}

// hasDeterminer reports whether word n has one of forms as its determiner.
func hasDeterminer(ws []Word, n int, forms ...string) bool {
	for k := range ws {
		if ws[k].Head-1 != n || ws[k].Deprel != "det" {
			continue
		}
		for _, f := range forms {
			if strings.EqualFold(ws[k].Form, f) {
				return true
			}
		}
	}
	return false
}
