package actor

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// A story set in a town calls it "the town" or "the city", and its hall
// or council by the same noun: the place named last, or the one the text
// called so ("the town of Dovrik").

// settlements are the nouns by which a story calls the town it is set in:
// "the town had passed the complaints on", "marched to the town hall".
var settlements = map[string]bool{"town": true, "city": true, "village": true, "suburb": true, "hamlet": true, "township": true, "borough": true}

// settlementOf reports whether token i is the name after "the town of",
// "the suburb of" and the like.
func (s *sentence) settlementOf(i int) bool {
	return i >= 2 && s.word(i-1) && s.str(i-1) == "of" && s.word(i-2) && settlements[s.lower(i-2)]
}

// town reads "the town" or "the town hall" at i: the place named last in
// the document, which resolveInstitutions finds. "The town of Dovrik"
// names its place itself, and "the city council" is a body.
func (s *sentence) town(i int) (Mention, int, instMention, bool) {
	if !s.word(i-1) || !strings.EqualFold(s.str(i-1), "the") || s.toks[i].is(tCap) || s.kind == timeline.Heading {
		return Mention{}, 0, instMention{}, false
	}
	end := i + 1
	if s.word(end) && !s.toks[i].is(tPoss) {
		switch w := s.lower(end); {
		case w == "hall" && !s.toks[end].is(tCap):
			end++
		case w == "of" || s.qualifiesNoun(end):
			return Mention{}, 0, instMention{}, false
		}
	}
	start, stop := s.toks[i].start, s.toks[end-1].end
	m := Mention{Start: start, End: stop, Text: s.text[start:stop], Name: s.lower(i), Kind: timeline.Place,
		Modifier: s.toks[end-1].is(tPoss)}
	return m, end, instMention{head: s.lower(i), definite: true, town: true}, true
}

// townBefore returns the place "the town" at in stands for: the nearest
// place before it that the document called so ("the town of Dovrik"),
// else the nearest place before it, or nil.
func townBefore(text string, ms []Mention, in instMention) *Mention {
	var nearest *Mention
	for j := in.at - 1; j >= 0; j-- {
		o := &ms[j]
		if o.Kind != timeline.Place || o.Name == "" || placeNouns[strings.ToLower(lastWord(o.Name))] {
			continue
		}
		if strings.HasSuffix(strings.ToLower(text[max(0, o.Start-len(in.head)-4):o.Start]), in.head+" of ") {
			return o
		}
		if nearest == nil {
			nearest = o
		}
	}
	return nearest
}
