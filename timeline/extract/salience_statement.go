package extract

import "github.com/storyline/storyline/timeline"

// rankStatements puts each statement of one sentence below the deeds a
// timeline is for (at most statementSalience) and below the events it
// reports: in "Carl Dahl said police arrested two men on Friday" the
// arrest is the news and the saying its source, so a timeline shows the
// deed first. A statement takes a salience just under the most salient
// event in what it says (see saidContent) or that names it as its
// speaker, but never below the pictures' threshold when it stood above
// it: the telling stays in view, after what it tells. A statement that
// reports nothing the text makes an event of keeps its salience: it is
// the news itself ("the ministry said it would not comment").
func (x *extractor) rankStatements(p parsed, group []placed) {
	evs := x.res.Events
	for _, st := range group {
		if evs[st.event].Kind != KindStatement {
			continue
		}
		top := 0.0
		for _, q := range group {
			ev := &evs[q.event]
			if q.event == st.event || ev.Kind == KindStatement {
				continue
			}
			if ev.Speaker == st.event || p.saidContent(st.word, q.word) {
				top = max(top, ev.Salience)
			}
		}
		s := &evs[st.event].Salience
		*s = min(*s, statementSalience)
		if top >= timeline.DefaultMinSalience && *s >= top {
			*s = max(top-statementMargin, timeline.DefaultMinSalience)
		}
	}
}

// statementMargin is how far under the event it reports a statement
// ranks.
const statementMargin = 0.05

// statementSalience is the most salience a statement has: under the
// deeds the trigger lexicon finds (lexiconSalience) and most the parse
// finds with a day of their own, above the pictures' threshold.
const statementSalience = 0.75
