package extract

import (
	"slices"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/actor"
)

// A name inside a quotation is what a speaker said, not whom the story
// goes on about: after `Peter Holm told reporters: "Carl Dahl has lied to
// the court."`, "He said the trial would resume" is Holm going on. The
// sentence before names two men, so the pronoun was left to nobody
// ("Someone said"); the one person named outside the quotation, its
// speaker, is the one the next sentence's pronoun continues.

// speakerOutsideQuote returns the one person named in [start, end) outside
// quotation marks when every other person named there is inside them, or
// -1.
func (x *extractor) speakerOutsideQuote(start, end int) int {
	text := x.doc.Text
	if end > len(text) {
		return -1
	}
	ref, inside := -1, false
	from, _ := slices.BinarySearchFunc(x.actors, start, func(m actor.Mention, s int) int { return m.Start - s })
	for k := from; k < len(x.actors) && x.actors[k].Start < end; k++ {
		m := &x.actors[k]
		if m.Kind != timeline.Person || m.Modifier {
			continue
		}
		if quotedAt(text[start:m.Start]) {
			inside = true
			continue
		}
		if ref >= 0 && x.id(ref) != x.id(k) {
			return -1
		}
		if ref < 0 {
			ref = k
		}
	}
	if !inside {
		return -1
	}
	return ref
}

// quotedAt reports whether the end of text lies inside a quotation: an
// opening curly quote not closed, or an odd number of straight ones.
func quotedAt(text string) bool {
	open, straight := 0, 0
	for _, r := range text {
		switch r {
		case '“':
			open++
		case '”':
			open = max(0, open-1)
		case '"':
			straight++
		}
	}
	return open > 0 || straight%2 == 1
}
