package actor

import "github.com/storyline/storyline/timeline"

// A role phrase set before a name with a comma ("The acting administrator
// of the agency, Dan Orr, said", "The Norvian attorney general, Ada
// Kerr, is leading the case") is the subject of the clause, which the
// parse may read as the noun's with the name beside it, or hang the name
// on the body inside the phrase, or take the phrase's noun for the
// body's or the place's it holds. Where the phrase holds a body or a
// place ("of the agency", "Norvian"), its title words are a mention of
// the person too, so that whichever word the clause's verb takes is the
// person named. A phrase of title words alone ("The suspect, Tomas
// Brede,") the parse sets beside the name, and it stays no mention.

// roleDesc returns the mention of the person p by the title words of the
// role phrase set before p's name (which opens at token first), or false.
// The mention runs from the determiner to the title's head (before "of"
// or "for"), without the words another mention holds ("Norvian" of the
// attorney general's state); one that would read as a name, written in
// capitals with no article ("Chief Executive"), is left out, as it would
// become the person's alias.
func (s *sentence) roleDesc(out []Mention, p Mention, first, from int) (Mention, bool) {
	last := first - 2 // the comma stands at first-1
	a := last
	for a > 0 && s.toks[a-1].start >= from {
		a--
	}
	for k := a; k < last; k++ {
		if s.toks[k].is(tPoss) {
			a = k + 1 // "the company's chief executive": the title after the possessive
		}
	}
	inner := false
	for _, o := range out {
		inner = inner || o.Start >= s.toks[a].start && o.End <= s.toks[last].end
	}
	if !inner {
		return Mention{}, false // "The suspect, Tomas Brede,": the parse sets the name beside the noun, as it does
	}
	head := last
	for k := a + 1; k <= last; k++ {
		if w := s.lower(k); w == "of" || w == "for" || w == "at" {
			head = k - 1
			break
		}
	}
	if s.word(a-1) && s.lower(a-1) == "the" && s.toks[a-1].start < from {
		a-- // "The acting administrator": the article opens the mention
	}
	for _, o := range out {
		if o.Start < s.toks[head].end && o.End > s.toks[a].start {
			for a <= head && s.toks[a].start < o.End {
				a++
			}
		}
	}
	if a > head || !s.word(a) || !s.word(head) {
		return Mention{}, false
	}
	start, stop := s.toks[a].start, s.toks[head].end
	text := s.text[start:stop]
	if !isDescriptor(text) && startsUpper(text) {
		return Mention{}, false
	}
	return Mention{Start: start, End: stop, Text: text, Name: p.Name, Kind: timeline.Person, Role: p.Role, Country: p.Country}, true
}

// tokenAt returns the index of the token starting at byte offset at, or
// of the first one after it.
func (s *sentence) tokenAt(at int) int {
	for k := range s.toks {
		if s.toks[k].start >= at {
			return k
		}
	}
	return len(s.toks)
}
