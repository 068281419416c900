package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestAskedNotDone: what a verb of asking or proposing asks for has not
// happened, in an infinitive's bare conjunct the tagger reads as a
// present ("urged residents to boil water and wash their hands") or in
// a that-clause's subjunctive ("recommend that shareholders accept the
// offer"); a that-clause with its own tense tells a fact.
func TestAskedNotDone(t *testing.T) {
	tests := []statusCase{
		{"Anna Berg urged residents to boil drinking water and wash their hands.", "wash", timeline.Hypothetical},
		{"Anna Berg urged residents to boil drinking water and wash their hands.", "boil", timeline.Hypothetical},
		{"The board will recommend that shareholders accept the offer.", "accept", timeline.Hypothetical},
		{"Carl Dahl demanded that the minister resign.", "resign", timeline.Hypothetical},
		// A named doer: the trigger lexicon finds the event too.
		{"The board will recommend that Norlish officials accept the offer.", "accept", timeline.Hypothetical},
		{"The board recommended that shareholders reject the bid.", "reject", timeline.Hypothetical},
		// Facts: a complement with its own tense, a subject of its own.
		{"Carl Dahl suggested that the offer was too low.", "suggest", timeline.Occurred},
		{"The board said that shareholders accepted the offer.", "accept", timeline.Reported},
		{"Anna Berg urged residents to stay indoors and they complied.", "comply", timeline.Occurred},
	}
	runStatusCases(t, tests)
}
