package actor

import "strings"

// ofVerbs take their object and then "of" with what it is charged with,
// told of or stripped of: "accused the ministry of lying", "cleared the
// council of wrongdoing". That "of" is the verb's, never part of the
// body's name.
var ofVerbs = func() map[string]bool {
	m := map[string]bool{}
	for _, stem := range []string{"accus", "suspect", "convict", "acquit", "clear", "warn", "inform", "notify",
		"remind", "rob", "depriv", "strip", "reliev", "absolv", "cheat", "assur", "convinc", "persuad", "rid"} {
		for _, end := range []string{"", "e", "es", "ed", "ing", "s"} {
			m[stem+end] = true
		}
	}
	m["robbed"], m["robbing"], m["ridding"], m["stripped"], m["stripping"] = true, true, true, true, true
	return m
}()

// ofNotNamed reports whether the "of" after a body's noun, whose
// determiner is token d, opens no field of its name: the verb before the
// determiner takes it ("accused the university of negligence"), or the
// word after it is a verb's -ing form with its own object ("of putting
// its finances first"), so that "the university" is the body and no
// "negligence university" or "putting university" is made.
func (s *sentence) ofNotNamed(d, of int) bool {
	if s.word(d-1) && s.has(lDeterminer, d) && ofVerbs[s.lower(d-1)] {
		return true
	}
	return strings.HasSuffix(s.lower(of+1), "ing") && s.word(of+2) && s.has(lDeterminer, of+2)
}
