package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline/actor"
)

// broadcastNouns name what a broadcaster puts on air: a show, a
// programme.
var broadcastNouns = set("show programme program broadcast podcast bulletin newscast segment series")

// mediumNouns name the media news is told through: "told state
// television", "said on Dutch radio". Like an outlet, a medium is where
// the words were said, never a happening.
var mediumNouns = set("television tv radio media newspaper")

// outletProgramme reports whether noun i names a medium or a news
// outlet's programme, not an event: "he told NBC's Today show", "speaking on the BBC's
// Newsnight programme". The outlet is where the words were said, and its
// show happened no more than its newspaper did.
func (p parsed) outletProgramme(i int) bool {
	if mediumNouns[strings.ToLower(p.word(i).Lemma)] {
		return true
	}
	if p.x == nil || !broadcastNouns[strings.ToLower(p.word(i).Lemma)] {
		return false
	}
	for k := range p.s.Words {
		if p.head(k) == i && p.word(k).Deprel == "nmod:poss" {
			if ref := p.namedAt(k); ref >= 0 && actor.NewsOutlet(p.x.id(ref)) {
				return true
			}
		}
	}
	return false
}
