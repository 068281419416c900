package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// quoteNights moves a quotation's "tonight" or "this evening", told in
// the past ("'Tonight we became a launch company,' Berg said"), to the
// story's day when the saying has no day of its own and the story is at
// the day before publication: the speaker spoke that night, and a paper
// dated the next morning reports it. The tagger counts the word from the
// publication day, whose night the paper cannot yet have told in the
// past. A present or future ("will leave tonight") and a story at the
// publication day keep it.
func (x *extractor) quoteNights(p parsed, group []placed, story *timeline.When) {
	dct := x.doc.Published
	if dct.IsZero() || story == nil || story == background || story.Granularity != timeline.Day ||
		story.Start != story.End || story.Start.DaysUntil(dct) != 1 {
		return
	}
	for _, pl := range group {
		ev := &x.res.Events[pl.event]
		if tellingKinds[ev.Kind] && !p.quoted(pl.word) && ev.When != nil && ev.When.Basis != BasisPublication {
			return // a saying dated by the text: quoteDays counts from its day
		}
	}
	for _, pl := range group {
		w := x.res.Events[pl.event].When
		if w == nil || w.Basis != BasisText || !eveningDeixis(w.Text) || !p.quoted(pl.word) || w.Start != dct || w.End != dct {
			continue
		}
		if t := p.tense(p.clauseOf(pl.word)); t != past && t != perfect {
			continue
		}
		n := *w
		n.Start, n.End = story.Start, story.Start
		if old := w.Start.String(); strings.HasPrefix(w.Value, old) {
			n.Value = n.Start.String() + w.Value[len(old):]
		}
		x.res.Events[pl.event].When = &n
	}
}

// eveningDeixis reports whether expression text is the speaker's own
// evening or night: "tonight", "this evening".
func eveningDeixis(text string) bool {
	switch strings.ToLower(strings.TrimSpace(text)) {
	case "tonight", "this evening":
		return true
	}
	return false
}
