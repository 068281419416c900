package extract

import "strings"

// nounPhrase is the words of nominal j with its modifiers (determiners,
// adjectives, compounds, numbers, possessors, names), clipped.
func (p parsed) nounPhrase(j int) string {
	lo, hi := p.phraseSpan(j)
	if hi-lo+1 > maxPhraseWords {
		lo = hi - maxPhraseWords + 1
	}
	for k := lo; k < j && p.x != nil; k++ {
		if p.inTimex(k) && p.rel(k) == "compound" && cycleOf(p.word(k).Form) == "week" {
			lo = k + 1 // a day the parse hung in the phrase names no part of it: "on Saturday pending inspections"
		}
	}
	if k := p.joinedConjunct(j, hi); k >= 0 {
		// "petrol and diesel prices", "names and addresses", "food,
		// water and oxygen were sent": the list, not its first item.
		_, khi := p.phraseSpan(k)
		next := khi + 1
		// A verb right after the list is the list's own ("tents and
		// blankets arrived", "were sent") or another clause's.
		clause := next < len(p.s.Words) && (p.word(next).UPOS == "VERB" || p.word(next).UPOS == "AUX") &&
			p.head(j) != next && p.head(j) != p.head(next)
		if !clause && khi-lo+1 <= 2*maxPhraseWords {
			hi = khi // not "attempts and diplomats said", "an escalation and for a settlement"
		}
	}
	return p.x.doc.Text[p.word(lo).Start:p.word(hi).End]
}

// joinedConjunct returns the last noun of a list that j opens right
// after its phrase, which ends at word hi: nouns coordinated with j, each
// after a comma or, the last, "and" or "or", each phrase opening right
// after its mark; -1 when there is none.
func (p parsed) joinedConjunct(j, hi int) int {
	prev := j // the parse hangs a conjunct on the first or on the one before
	for at := hi + 1; at+1 < len(p.s.Words) && at <= hi+4*maxPhraseWords; {
		and := p.word(at).UPOS == "CCONJ"
		if !and && p.word(at).Form != "," {
			return -1
		}
		k := -1
		for m := at + 1; m < len(p.s.Words) && m <= at+5; m++ {
			if (p.head(m) == j || p.head(m) == prev) && p.rel(m) == "conj" && p.word(m).UPOS == "NOUN" {
				k = m
				break
			}
		}
		if k < 0 {
			return -1
		}
		klo, khi := p.phraseSpan(k)
		switch {
		case klo != at+1:
			return -1
		case and && p.head(at) == k:
			return k
		case and:
			return -1
		}
		prev, at = k, khi+1
	}
	return -1
}

// phraseSpan returns the first and last words of noun k's own phrase:
// its determiners, modifiers and the words of its name.
func (p parsed) phraseSpan(k int) (lo, hi int) { return p.modifiedSpan(k, true) }

// modifiedSpan returns the first and last words of noun k with its
// modifiers, numbers and compounds, and when head is set (k heads the
// phrase) its determiner, possessor, fixed words and a bare "of" noun. A
// compound keeps its own words but no determiner or possessor: "100%
// agreement", "third-quarter revenue", "fire safety tests", not "whose
// subsidiary Smit Salvage".
func (p parsed) modifiedSpan(k int, head bool) (lo, hi int) {
	lo, hi = k, k
	for m := range p.s.Words {
		if p.head(m) != k {
			continue
		}
		switch p.word(m).Deprel {
		case "nummod":
			// A number is whole with its own words: "about 3
			// billion crowns", not "billion crowns".
			nlo, nhi := p.numberSpan(m)
			lo, hi = min(lo, nlo), max(hi, nhi)
		case "compound":
			clo, chi := p.modifiedSpan(m, false)
			lo, hi = min(lo, clo), max(hi, chi)
		case "amod":
			if m > k && commaBetween(p.s.Words, k, m) {
				continue // an aside after the noun: "two girls, aged 12 and 14,"
			}
			lo, hi = min(lo, m), max(hi, m)
		case "flat", "flat:name":
			lo, hi = min(lo, m), max(hi, m)
		case "det", "nmod:poss", "fixed": // "each other"
			if head {
				lo, hi = min(lo, m), max(hi, m)
			}
		case "cc:preconj":
			if head && !p.hasDependent(k, "conj") {
				lo = min(lo, m) // "fired both men"; "both Kyiv and …" is a pair, said whole elsewhere
			}
		case "nmod":
			if head && p.bareOf(k, m) {
				hi = max(hi, m) // "a state of emergency", "a vote of confidence"
			}
		}
	}
	return lo, hi
}

// bareOf reports whether noun m is a bare common noun right after "of"
// right after noun k, which it completes: "state of emergency", "vote of
// confidence", "minute of silence".
func (p parsed) bareOf(k, m int) bool {
	if m != k+2 || p.word(m).UPOS != "NOUN" || !strings.EqualFold(p.word(k+1).Form, "of") || p.head(k+1) != m {
		return false
	}
	for j := range m {
		if p.head(j) == m && j != k+1 {
			return false // "a state of national emergency" is no longer bare
		}
	}
	return true // what follows ("of emergency in the county") goes on from it
}
