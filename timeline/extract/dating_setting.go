package extract

import "strings"

// setting reports whether event noun n is told as the occasion or the
// frame of its verb, so at its time ("spoke at a news conference on
// Friday", "was injured in the blast on Friday"), not as an event before
// or after it ("returned on Friday after the talks").
//
// The noun of an object is not: "condemned on Friday the attack" of
// Thursday.
func (p parsed) setting(n int) bool {
	if p.rel(n) != "obl" {
		return false
	}
	return !p.markedBy(n, otherTimeCase) && !p.markedBy(n, matterCase)
}

// otherTimeCase is a preposition that puts its noun at another time than
// the word it hangs from: "returned after the talks".
func otherTimeCase(prep string) bool {
	switch prep {
	case "after", "before", "since", "until", "till", "following", "ahead", "prior":
		return true
	}
	return false
}

// matterCase is a preposition that makes its noun the matter of the word
// it hangs from, an event of its own time: "an inquiry into the collapse",
// "charged over the fire", "a protest against the ruling". Not "for":
// "met on Tuesday for talks" is the talks' Tuesday.
func matterCase(prep string) bool {
	switch prep {
	case "into", "over", "about", "against", "regarding", "concerning":
		return true
	}
	return false
}

// markedBy reports whether noun n has a case marker that is.
func (p parsed) markedBy(n int, is func(string) bool) bool {
	for k := range p.s.Words {
		if p.head(k) == n && p.rel(k) == "case" && is(strings.ToLower(p.word(k).Form)) {
			return true
		}
	}
	return false
}
