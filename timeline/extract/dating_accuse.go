package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// chargeVerbs lay blame in words: "Ukraine accused Russian forces of
// blowing up the dam", "Moscow blamed Ukrainian shelling".
var chargeVerbs = set("accuse blame")

// chargeDay dates a charge the trigger lexicon found, told in the simple
// past as the sentence's own news, as a saying is dated (see sayingDay):
// by the day its speaker goes on with, else the publication day. A side's
// charge is its word to the press for the day's news like "said"; undated,
// it fell out of the timeline though the lede tells it ("The dam was
// destroyed early on Tuesday. Ukraine accused Russian forces of blowing it
// up"). Only while the story has no day yet or is at the publication day:
// after a look back ("Ukraine accepted the proposal on Tuesday. In his
// evening address, Zelenskiy accused Putin …" in a Friday paper) the
// charge's day is neither the story's nor the paper's.
func (x *extractor) chargeDay(p parsed, pl placed, story *timeline.When) bool {
	ev := &x.res.Events[pl.event]
	v := pl.word
	if ev.When != nil || ev.Status != timeline.Occurred || p.word(v).UPOS != "VERB" || !chargeVerbs[strings.ToLower(p.word(v).Lemma)] ||
		p.tense(v) != past || !p.mainClause(v) || p.reportedBy(v) || p.futureClause(v) || p.s.Span.Kind == timeline.Heading {
		return false
	}
	if pub := x.publication(); story != nil && (story == background || pub == nil || story.Start != pub.Start || story.End != pub.End) {
		return false
	}
	ev.When = x.sayingDay(p, ev)
	return ev.When != nil
}
