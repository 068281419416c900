package extract

import (
	"slices"
	"strings"

	"github.com/storyline/storyline/timeline/language"
)

// deadlineAgent mends a time the parse read as the doer of a passive: in
// "the sale will be completed by the end of January" or "the repairs were
// finished by Friday" no one named end or Friday did anything; "by" says
// when, at the latest. The phrase becomes an oblique, as "before Friday"
// is, so that the passive has no doer and the summary keeps the time
// whole.
func deadlineAgent(ws []language.Word, k int) {
	if ws[k].Deprel != "obl:agent" || !timeNoun(ws[k]) {
		return
	}
	ws[k].Deprel = "obl"
}

// timeNoun reports whether word w names a point or a stretch of time: a
// weekday, a month, a year, or a word for a part of one ("the end",
// "next week").
func timeNoun(w language.Word) bool {
	l := strings.ToLower(w.Lemma)
	if weekday(l) || months[l] || deadlineWords[l] {
		return true
	}
	return w.UPOS == "NUM" && len(w.Form) == 4 && (strings.HasPrefix(w.Form, "19") || strings.HasPrefix(w.Form, "20"))
}

var (
	months        = set("january february march april may june july august september october november december")
	deadlineWords = set("end beginning start middle close time deadline day week weekend month year quarter season " +
		"morning afternoon evening night midnight noon dawn summer autumn fall winter spring")
)

// deadline returns the time by which verb f was or is to be done, as
// written ("by the end of January", "by Friday"), or "": a passive's
// summary keeps it where it would have named a doer. A phrase the frame
// already holds as its doer is said once.
func (p parsed) deadline(f frame) string {
	if p.x == nil {
		return "" // the plot trainer's reading, which has no text
	}
	for k := range p.s.Words {
		if p.head(k) != f.pred || p.rel(k) != "obl" || p.caseOf(k) != "by" || !timeNoun(*p.word(k)) || slices.Contains(f.agents, k) {
			continue
		}
		lo, hi := p.subtreeSpan(k)
		if text := p.x.doc.Text[lo:hi]; len(strings.Fields(text)) <= maxPhraseWords+1 {
			return text
		}
	}
	return ""
}
