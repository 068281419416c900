package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline/language"
)

// measuredSubject mends "A spacecraft the size of a vending machine
// crashed", which the parse reads with two subjects of "crashed": the
// spacecraft and the size. "The size of …" right after a noun, with no
// comma between, measures that noun; the verb's subject is the noun.
func measuredSubject(ws []language.Word, v int) {
	if ws[v].UPOS != "VERB" && ws[v].UPOS != "AUX" {
		return
	}
	first, second := twoAnySubjects(ws, v)
	if second < 1 || !measureSubjectNouns[strings.ToLower(ws[second].Lemma)] || !strings.EqualFold(ws[second-1].Form, "the") ||
		ws[second-1].Head-1 != second || second-2 < 0 || !under(ws, second-2, first) || !hasOfNoun(ws, second) {
		return
	}
	ws[second].Head, ws[second].Deprel = first+1, "nmod:npmod"
}

// measureSubjectNouns are the nouns of size that "the … of" makes a
// measurement of the noun before them.
var measureSubjectNouns = set("size length height width weight age")

// hasOfNoun reports whether noun n has a nominal with "of" after it.
func hasOfNoun(ws []language.Word, n int) bool {
	for k := n + 1; k < len(ws); k++ {
		if ws[k].Head-1 == n && ws[k].Deprel == "nmod" && caseIs(ws, k, "of") {
			return true
		}
	}
	return false
}
