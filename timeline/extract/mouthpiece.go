package extract

// mouthpieces are the ones who speak for someone: "a spokesman for",
// "the press service of", "a lawyer for".
var mouthpieces = set("spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen service office " +
	"lawyer lawyers attorney attorneys aide aides representative representatives secretariat campaign")

// mouthpieceOf reports whether the actor at token k is the one a
// mouthpiece before "of" or "for" speaks for: in "The press service of
// President Anna Berg says he held talks", "he" is the president, whom
// the words the service gives are about, though a name after a
// preposition is most often no one's antecedent ("talks with Dahl").
func (s *sentence) mouthpieceOf(k int) bool {
	for j, steps := k-1, 0; j >= 1 && steps < 4; j, steps = j-1, steps+1 {
		t := s.toks[j]
		switch {
		case t.kind == tWord && (t.low == "of" || t.low == "for"):
			p := s.toks[j-1]
			return p.kind == tWord && mouthpieces[p.low]
		case t.kind == tActor && s.isModifier(j) && !t.poss, t.kind == tWord && (t.has(cDet) || s.capitalised(j)):
			continue // "of Belarusian President Alexander Lukashenko"
		default:
			return false
		}
	}
	return false
}
