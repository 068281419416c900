package actor

// A kin or a friend "of" a titled person ("a close friend of Mayor Lena
// Park", "the widow of President Ivo Renner") is someone else: the
// relation is no part of the title after it, which alone is the named
// person's. Kin nouns are title heads ("Gianna Floyd, George Floyd's
// daughter,"), so the title reading ran on through "of".

// relations are the nouns for someone by their tie to another.
var relations = map[string]bool{"friend": true, "partner": true, "mother": true, "father": true, "son": true,
	"daughter": true, "wife": true, "husband": true, "widow": true, "widower": true, "brother": true, "sister": true,
	"uncle": true, "aunt": true, "cousin": true, "niece": true, "nephew": true, "grandson": true, "granddaughter": true,
	"grandmother": true, "grandfather": true, "girlfriend": true, "boyfriend": true, "fiancee": true, "fiance": true,
	"ally": true, "associate": true, "confidant": true}

// relationOf reports whether the word before the "of" before token a is
// a relation in lower case and a capitalised title opens at a: "friend
// of Mayor".
func (s *sentence) relationOf(a int) bool {
	return a >= 2 && s.word(a-2) && !s.toks[a-2].is(tCap) && relations[s.lower(a-2)] && s.word(a) && s.toks[a].is(tCap)
}
