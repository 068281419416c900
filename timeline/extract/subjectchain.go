package extract

import "strings"

// The verb chain a subject stands before: auxiliaries, adverbs, negation
// and an infinitive's governor ("are expected to speak").

// raisedSubject returns the actor between a verb and the infinitive it
// governs, which is the infinitive's subject: "expects the US president
// to speak". It returns -1 when there is none.
func (s *sentence) raisedSubject(v, lo int) int {
	j := v - 1
	for j >= lo && s.toks[j].kind == tWord && (isAdverb(s.toks[j].low) || s.toks[j].has(cNeg)) {
		j--
	}
	if j < lo+1 || wordAt(s.toks, j) != "to" {
		return -1
	}
	j--
	if t := s.toks[j]; t.kind == tActor && !t.poss && s.prepBefore(j) == "" && j > lo && s.toks[j-1].kind == tWord && !s.toks[j-1].has(cAux) {
		return j
	}
	return -1
}

// skipChain moves left from j past auxiliaries, adverbs, negation and an
// infinitive's governor with its own auxiliaries.
func (s *sentence) skipChain(j, lo int) int {
	for j >= lo && s.toks[j].kind == tWord && s.chainWord(s.toks[j].low) {
		if s.toks[j].low == "to" {
			j--
			for j >= lo && (s.toks[j].kind == tTimex || s.toks[j].kind == tWord && (isAdverb(s.toks[j].low) || s.toks[j].has(cPrep) && j+1 < len(s.toks) && s.toks[j+1].kind == tTimex)) {
				j--
			}
			if j >= lo && s.toks[j].kind == tWord && !s.chainWord(s.toks[j].low) {
				j-- // the governing verb or adjective
			}
			continue
		}
		j--
	}
	return j
}

func (s *sentence) chainWord(w string) bool {
	return auxiliaries[w] || isAdverb(w) || negations[w] || strings.HasSuffix(w, "n't") ||
		strings.HasSuffix(w, "'ll") || strings.HasSuffix(w, "'d") || w == "cannot"
}
