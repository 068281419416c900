package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline/language"
)

// A saying may report two clauses, the second with "that" of its own:
// "said the plan was dead and that the union would strike". The parser
// often coordinates the second with the verb of saying, so that the
// strike reads as the speaker's own deed, nothing says it was said, and
// its "would" stays a mere possibility instead of the future seen from
// the past.

// secondThatClause hangs a clause coordinated with a verb that has a
// complement before it, when the clause opens with "that" and has its
// own subject, on that complement: both are what was said.
func secondThatClause(ws []language.Word, v int) {
	h := ws[v].Head - 1
	if ws[v].Deprel != "conj" || h < 0 || h >= v || ws[h].UPOS != "VERB" {
		return
	}
	that, subject := false, false
	for k := h + 1; k < v; k++ {
		if ws[k].Head-1 != v {
			continue
		}
		switch {
		case ws[k].Deprel == "mark" && strings.EqualFold(ws[k].Form, "that"):
			that = true
		case ws[k].Deprel == "nsubj" || ws[k].Deprel == "nsubj:pass" || ws[k].Deprel == "expl":
			subject = true
		}
	}
	if !that || !subject {
		return
	}
	for c := h + 1; c < v; c++ {
		if ws[c].Head-1 == h && ws[c].Deprel == "ccomp" {
			ws[v].Head = c + 1
			return
		}
	}
}

// thatConjunct reports whether word k of clause c's complement lies in
// a conjunct of c that opens with "that" of its own: "said the talks had
// failed and that a new round would start" said both.
func (p parsed) thatConjunct(c, k int) bool {
	for ; k >= 0 && k != c; k = p.head(k) {
		if p.head(k) == c && p.rel(k) == "conj" {
			return p.thatMarked(k)
		}
	}
	return false
}

// thatMarked reports whether clause v has "that" for its mark.
func (p parsed) thatMarked(v int) bool {
	for k := range v {
		if p.head(k) == v && p.rel(k) == "mark" && strings.EqualFold(p.word(k).Form, "that") {
			return true
		}
	}
	return false
}

// withThatConjunct returns where the clause c said, from word lo to hi,
// ends with its second "that"-clause, when the whole fits in what a
// summary quotes; else hi: "said the lawyers were studying the options
// and that the body" is cut off mid-clause.
func (p parsed) withThatConjunct(c, lo, hi int) int {
	end := hi
	for k := hi + 1; k < len(p.s.Words); k++ {
		if p.dominates(c, k) && p.thatConjunct(c, k) {
			end = k
		}
	}
	if end-lo+1 > maxSaidWords+1 { // the "that" at lo is not quoted
		return hi
	}
	return end
}
