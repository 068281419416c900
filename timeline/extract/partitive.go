package extract

import "strings"

// A quantity or a collective before "of" ("hundreds of residents", "a team
// of engineers", "some of the survivors") is grammatically the head of its
// phrase, but the ones who act are the noun after "of": "hundreds" did not
// march, residents did. Both readings of a sentence (the parse and the
// token rules) take that noun as the participant.

// partitiveHeads are the nouns and determiners that only count or gather
// the noun after their "of". Words that name a body in their own right
// ("members of the board" are not the board) stay out.
var partitiveHeads = set("hundreds thousands dozens scores millions billions tens dozen score hundred thousand million " +
	"number numbers group groups team teams crowd crowds handful band bunch host couple pair majority minority " +
	"some many most several all few both none each either neither half one two three four five six seven eight nine ten " +
	"lot lots rest throng contingent party squad unit busload busloads")

// partitive returns the noun after "of" that the parse hangs on word j when
// j is a quantity or collective head ("Hundreds of residents"), else j.
func (p parsed) partitive(j int) int {
	w := p.word(j)
	if !partitiveHeads[strings.ToLower(w.Form)] && w.UPOS != "NUM" {
		return j
	}
	for k := j + 1; k < len(p.s.Words) && k <= j+6; k++ {
		if p.head(k) == j && p.word(k).Deprel == "nmod" && p.caseOf(k) == "of" {
			if p.word(k).UPOS == "PRON" {
				return j // "some of them": the pronoun names no one here
			}
			if !strings.Contains(p.word(k).Feats, "Number=Plur") && p.actorAt(k) < 0 {
				return j // "most of the day" measures; it gathers no one
			}
			return k
		}
	}
	return j
}

// partitiveBefore reports whether the "of" at k follows a quantity or
// collective head that opens its phrase ("hundreds of", "a team of 120"),
// so that the actor after it stands where the head does. It returns the
// head's token, or -1.
func (s *sentence) partitiveBefore(k int) int {
	if k < 1 || wordAt(s.toks, k) != "of" {
		return -1
	}
	h := k - 1
	if t := s.toks[h]; t.kind != tWord || !partitiveHeads[t.low] && !isNumber(t.low) {
		return -1
	}
	return h
}

// partitiveActor returns the actor token a partitive head at h leads to
// ("hundreds of residents", "a team of 120 Aldrian specialists"), looking
// past determiners, numbers and modifiers, or -1.
func (s *sentence) partitiveActor(h int) int {
	if wordAt(s.toks, h+1) != "of" {
		return -1
	}
	for k := h + 2; k < len(s.toks) && k <= h+5; k++ {
		t := s.toks[k]
		switch {
		case t.kind == tActor:
			if t.poss {
				return -1
			}
			return k
		case t.kind == tWord && (t.has(cDet) || isNumber(t.low) || t.has(cModHead) || isAdverb(t.low)):
			continue
		default:
			return -1
		}
	}
	return -1
}

// wholeOf returns the noun after "of" that word j, a word of amount
// ("much", "most", "part", "half"), takes its share of, or -1: "much of
// the town" says what was destroyed; "much" alone says nothing.
func (p parsed) wholeOf(j int) int {
	switch strings.ToLower(p.word(j).Form) {
	case "much", "most", "all", "part", "parts", "half", "some", "rest", "swaths", "large", "many":
	default:
		return -1
	}
	for k := j + 1; k < len(p.s.Words) && k <= j+6; k++ {
		if p.head(k) == j && (p.word(k).Deprel == "nmod" || p.word(k).Deprel == "obl") && p.caseOf(k) == "of" && p.word(k).UPOS != "PRON" {
			return k
		}
	}
	return -1
}
