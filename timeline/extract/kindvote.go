package extract

import "strings"

// A vote is an election only when people or offices are chosen by it:
// "lawmakers will vote on the bill", "members will vote on the deal" and
// "the vote on the merger" decide a measure, which the lexicon's one
// sense of the word (an election) misreads. A vote "on Sunday" is only
// dated by its "on".

// voteOnMeasure reports whether vote f, verb or noun, is on a measure:
// an "on" phrase that is not a time, naming no election.
func (p parsed) voteOnMeasure(f frame, lemma string) bool {
	if lemma != "vote" {
		return false
	}
	for k := range p.s.Words {
		if p.head(k) != f.pred || p.caseOf(k) != "on" || p.inTimex(k) {
			continue
		}
		switch r := p.rel(k); {
		case r != "obl" && r != "nmod":
			continue
		case timeWord(strings.ToLower(p.word(k).Lemma)), electionWords[strings.ToLower(p.word(k).Lemma)]:
			continue // "vote on election day", "voted on the referendum"
		}
		return true
	}
	return false
}
