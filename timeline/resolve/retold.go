package resolve

import (
	"slices"

	"github.com/storyline/storyline/timeline/extract"
)

// A writer tells the news more than once: "The balloon was shot down on
// Saturday afternoon by a missile" in the lede, "two days after an
// American fighter jet shot it down" further on. The second pass weighs
// two tellings of one document as unlike (SameDoc), since a writer who
// tells two events in like words means two; but two tellings of one
// writer in the same words, both dated by the text to the same day, that
// name no one at all, are one event told again: nothing the writer
// wrote tells them apart, and the day and the word tell them alike.
// Not so of something said, whose speaker may be another ("a statement
// issued", "a warrant was issued", both of a Monday, the second filed
// as something said too), nor of two tellings of a word that says little
// (of no kind, or of movement) about things that share no word: "forcing
// hundreds of residents to leave their homes", "twelve of the train's
// cars left the tracks", both of a Monday night.

// textDay reports whether every telling of c is dated by its own text
// (not by its publication, nor by the narrative around it) to one and
// the same day.
func textDay(c *cluster, recs []record) bool {
	if !c.dated || c.end != c.start {
		return false
	}
	for _, mi := range c.members {
		if o := &recs[mi]; !o.dated || o.m.When == nil || o.m.When.Basis != extract.BasisText {
			return false
		}
	}
	return true
}

// retoldSameDay reports whether events a and b, of spots sa and sb, are
// one writer's two tellings of one day in one word, naming no one,
// neither something said (see above): in a stream, where the days are
// the writer's.
func (ps *pairScorer) retoldSameDay(a, b *cluster, sa, sb *spot, ia, ib int32, shared bool) bool {
	if ps.archive || !shared || sa.speech || sb.speech || !sa.oneDoc || !sb.oneDoc || sa.doc != sb.doc || int(max(ia, ib)) >= len(ps.told) {
		return false
	}
	fa, fb := &ps.told[ia], &ps.told[ib]
	return len(a.actors())+len(b.actors()) == 0 && fa.textDay && fb.textDay && a.start == b.start &&
		slices.Equal(a.triggers, b.triggers) && (fa.about == nil || fb.about == nil || fa.about.shares(fb.about))
}
