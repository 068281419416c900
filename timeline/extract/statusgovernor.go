package extract

import "strings"

// yetTo reports whether clause c is "has yet to" do something: "the board
// has yet to approve the sale" tells an approval still to come, none
// given. The parse hangs "has" on the verb as its auxiliary, "yet" on
// "has".
func (p parsed) yetTo(c int) bool {
	if !p.hasToMark(c) {
		return false
	}
	for k := range p.s.Words {
		if p.head(k) != c || p.rel(k) != "aux" || !strings.EqualFold(p.word(k).Lemma, "have") {
			continue
		}
		for j := range p.s.Words {
			if p.head(j) == k && strings.EqualFold(p.word(j).Form, "yet") || p.head(j) == c && j == k+1 && strings.EqualFold(p.word(j).Form, "yet") {
				return true
			}
		}
	}
	return false
}

// implicative reports whether a verb's deed happens exactly when the
// verb's does: "managed to escape" escaped, "did not manage to escape"
// did not.
func implicative(lemma string) bool {
	switch lemma {
	case "manage", "bother", "remember", "dare", "succeed", "get":
		return true
	}
	return false
}
