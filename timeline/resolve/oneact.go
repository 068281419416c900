package resolve

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// A verb whose to-infinitive tells what it did tells one act by two words:
// "machinists voted on Monday to accept the contract" is the acceptance,
// and the vote is how it was made, as "the board moved to oust Altman" is
// the dismissal. The extractor files both words under the kind of the
// second; one sentence otherwise tells one event once (toldBeside), and
// two words of one kind must be related, so the vote and the acceptance
// would be two events, each gathering other outlets' "voted" and
// "accepted".

// maxToWords bounds the words between the two triggers, "to" included:
// "voted on Monday to accept", not a clause away.
const maxToWords = 4

// oneAct reports whether c holds a telling of r's sentence, both told
// directly and not something said, by the same agents, one of whose
// triggers takes the other as its to-infinitive. The agents must be
// named and the same: "that led the coach to stomp off the court",
// "Ortberg urged workers to approve the deal" tell a cause and what it
// made others do.
func oneAct(fam string, r *record, c *cluster, recs []record) bool {
	return fam != famSpeech && sameSentenceTold(r, c, recs, toInfinitive)
}

// sameSentenceTold reports whether cluster c holds a mention of r's
// sentence, with no speaker and the same named agents as r, whose trigger
// and r's stand as joined says, one way or the other.
func sameSentenceTold(r *record, c *cluster, recs []record, joined func(m *timeline.Mention, a, b *timeline.TextRange) bool) bool {
	rt := r.m.Mention.Trigger
	if rt == nil || r.m.Speaker >= 0 || len(r.agents()) == 0 || !c.hasDoc(r.doc) {
		return false
	}
	for _, mi := range c.members {
		o := &recs[mi]
		ot := o.m.Mention.Trigger
		if o.doc != r.doc || o.m.Speaker >= 0 || ot == nil ||
			o.m.Mention.Start != r.m.Mention.Start || o.m.Mention.End != r.m.Mention.End ||
			!equalSets(o.agents(), r.agents()) {
			continue
		}
		if joined(&r.m.Mention, ot, rt) || joined(&r.m.Mention, rt, ot) {
			return true
		}
	}
	return false
}

// toInfinitive reports whether, in sentence m, the word at b follows the
// word at a as its to-infinitive: between them "to" and up to
// maxToWords-1 words before it, no punctuation ("voted on Monday to").
func toInfinitive(m *timeline.Mention, a, b *timeline.TextRange) bool {
	from, to := a.End-m.Start, b.Start-m.Start
	if from < 0 || from > to || to > len(m.Text) {
		return false
	}
	between := strings.Fields(m.Text[from:to])
	if n := len(between); n == 0 || n > maxToWords || !strings.EqualFold(between[n-1], "to") {
		return false
	}
	for _, w := range between {
		if strings.ContainsAny(w, ",;:()\"“”—–") {
			return false
		}
	}
	return true
}
