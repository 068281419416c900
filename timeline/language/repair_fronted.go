package language

import "strings"

// frontedSubject mends a subject after a phrase that opens the sentence,
// which the parse made that phrase's conjunct: "In Berlin, German
// Chancellor Angela Merkel called the bailout critical" had the chancellor
// and Angela Merkel conjuncts of Berlin, and called no subject; "Over
// time, Gigante, a stocky figure, proved better at it" had Gigante and
// the figure conjuncts of time. A phrase a preposition opens and a comma
// closes is no list: the noun phrase between that comma and a verb
// without a subject, on which the phrase hangs, is the verb's subject (a
// title before the name its description, a phrase after a comma its
// apposition).
func frontedSubject(ws []Word) {
	if len(ws) < 5 || ws[0].UPOS != "ADP" || ws[0].Deprel != "case" {
		return
	}
	n := ws[0].Head - 1
	if n <= 0 || !allUnder(ws, 1, n, n) {
		return
	}
	c := n + 1 // the phrase's comma: its conjuncts, if any, follow it
	for c < len(ws) && c-n <= maxPhrase && ws[c].Form != "," {
		if !descends(ws, c, n) {
			return
		}
		c++
	}
	if c >= len(ws) || ws[c].Form != "," {
		return
	}
	v := ws[n].Head - 1
	if v <= c+1 || ws[v].UPOS != "VERB" || !finite(ws[v].XPOS) && !hasDependent(ws, v, "aux", "aux:pass") || hasSubject(ws, v) {
		return
	}
	var roots [2]int
	found, inside := 0, false
	for k := c + 1; k < v; k++ {
		h := ws[k].Head - 1
		if h > c && h < v || ws[k].Deprel == "punct" {
			continue
		}
		if h == n+1 && ws[h].UPOS == "VERB" && ws[h].Deprel == "acl" && ws[h].Head-1 == n {
			inside = true // on the phrase's participle: "In a statement read on television, a spokesman said"
		} else if h != n && h != v || found == len(roots) {
			return // part of the span hangs elsewhere: not one subject
		}
		roots[found] = k
		found++
	}
	if found == 0 || inside && found > 1 || ws[roots[0]].UPOS != "PROPN" && ws[roots[0]].UPOS != "NOUN" {
		return
	}
	subj := roots[0]
	if found == 2 {
		second := roots[1]
		if commaBetween(ws, subj, second) {
			ws[second].Head, ws[second].Deprel = subj+1, "appos"
		} else if ws[second].UPOS == "PROPN" {
			ws[subj].Head, ws[subj].Deprel = second+1, "nmod:desc" // "Chancellor Angela Merkel"
			subj = second
		} else {
			return
		}
	}
	hangSubject(ws, subj, v)
}

// commaBetween reports whether a comma stands between words a and b.
func commaBetween(ws []Word, a, b int) bool {
	for k := a + 1; k < b; k++ {
		if ws[k].Form == "," {
			return true
		}
	}
	return false
}

// conjunctAsSubject mends the last conjunct of a list inside the subject's
// phrase, which the parse made the verb's second subject: "airports in
// Europe and Asia reported long queues" had Asia do the reporting beside
// the airports. A second subject right after "and" or "or", whose word
// before the conjunction lies in the first subject's phrase and is a noun
// of its kind, is that noun's conjunct.
func conjunctAsSubject(ws []Word) {
	for b := 2; b < len(ws); b++ {
		if !strings.HasPrefix(ws[b].Deprel, "nsubj") || ws[b].UPOS != "NOUN" && ws[b].UPOS != "PROPN" {
			continue
		}
		v, cc, n := ws[b].Head-1, b-1, b-2
		if v <= b || ws[cc].UPOS != "CCONJ" || ws[cc].Head-1 != v || ws[n].UPOS != ws[b].UPOS {
			continue
		}
		a := -1
		for k := 0; k < n; k++ {
			if ws[k].Head-1 == v && strings.HasPrefix(ws[k].Deprel, "nsubj") {
				a = k
			}
		}
		if a < 0 || !descends(ws, n, a) {
			continue
		}
		ws[b].Head, ws[b].Deprel = n+1, "conj"
		ws[cc].Head = b + 1
	}
}

// prepositionalSubject mends a phrase a preposition opens that the parse
// made a second subject ("By Tuesday three leaks had been found" had
// Tuesday found beside the leaks): a subject takes no preposition, so a
// phrase that one opens at the head of a clause, before the verb's other
// subject, is an oblique of the verb; so is a span before "earlier",
// "later" or "ago".
func prepositionalSubject(ws []Word) {
	for d := range ws {
		v := ws[d].Head - 1
		if !strings.HasPrefix(ws[d].Deprel, "nsubj") || v <= d || !subjectAfter(ws, v, d) {
			continue
		}
		lo := leftmost(ws, d)
		if ws[lo].Head-1 == d && ws[lo].Deprel == "case" && ws[lo].UPOS == "ADP" &&
			(lo == 0 || ws[lo-1].Form == "," || ws[lo-1].UPOS == "CCONJ") {
			ws[d].Deprel = "obl"
		}
		// "Hours earlier the coast guard said": the span measures how much
		// earlier, as the treebanks annotate it.
		if a := d + 1; ws[a].UPOS == "ADV" && (ws[a].Head-1 == v || ws[a].Head-1 == d) && relativeAdverb(ws[a].Form) {
			ws[a].Head, ws[a].Deprel = v+1, "advmod"
			ws[d].Head, ws[d].Deprel = a+1, "obl:unmarked"
		}
	}
}

// subjectAfter reports whether verb v has a subject between word d and v.
func subjectAfter(ws []Word, v, d int) bool {
	for k := d + 1; k < v; k++ {
		if ws[k].Head-1 == v && strings.HasPrefix(ws[k].Deprel, "nsubj") {
			return true
		}
	}
	return false
}

// relativeAdverb reports whether form places a time by a span from
// another: "hours earlier", "days later", "a week ago".
func relativeAdverb(form string) bool {
	return strings.EqualFold(form, "earlier") || strings.EqualFold(form, "later") || strings.EqualFold(form, "ago")
}

// dayBeforePossessor mends "On Thursday Nato's governing council said",
// read as Thursday's council with Nato part of the day's name and the
// council an oblique: a day a preposition opens takes no name after it
// nor an "'s", so the name after the day is the possessor of the noun
// after it, that noun the verb's subject and the day the verb's oblique.
func dayBeforePossessor(ws []Word) {
	for d := 1; d+2 < len(ws); d++ {
		k, n := d+1, ws[d].Head-1
		if !dayWord(ws[d].Form) || ws[d].Deprel != "nmod:poss" || ws[k].Head-1 != d || ws[k].Deprel != "flat" ||
			!strings.EqualFold(ws[d-1].Form, "on") || ws[d-1].UPOS != "ADP" || n <= k {
			continue
		}
		v := ws[n].Head - 1
		if v <= n || ws[v].UPOS != "VERB" || ws[n].Deprel == "obl" && hasSubject(ws, v) ||
			ws[n].Deprel != "obl" && !strings.HasPrefix(ws[n].Deprel, "nsubj") {
			continue // the noun may be the subject already, the day still the name's
		}
		for j := k + 1; j < n; j++ {
			if ws[j].Head-1 == d && ws[j].Deprel == "case" && (ws[j].Form == "'s" || ws[j].Form == "’s") {
				ws[j].Head = k + 1
			}
		}
		ws[d-1].Head, ws[d-1].Deprel = d+1, "case"
		ws[d].Head, ws[d].Deprel = v+1, "obl"
		ws[k].Head, ws[k].Deprel = n+1, "nmod:poss"
		if ws[n].Deprel == "obl" {
			ws[n].Deprel = "nsubj"
		}
	}
}
