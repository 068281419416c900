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

// The owner of what is answered takes part in the answer: "rejected
// Dostal's request", "accepted Norland's offer" concern Dostal and
// Norland. Other acts on a thing leave its owner out: "called Putin's
// remarks promising" is no dealing with Putin. Only a
// named owner counts: "his" in "Berg accepted his resignation" may be Berg
// or the man named before, which no rule here can tell.

// owner returns the named possessor of object j on the parse, or -1.
func (p parsed) owner(j int) int {
	for k := max(0, j-4); k < j; k++ {
		if p.head(k) == j && p.word(k).Deprel == "nmod:poss" && p.word(k).UPOS == "PROPN" {
			return k
		}
	}
	return -1
}

// ownerKinds are the kinds of an answer to someone's act.
var ownerKinds = set(KindRejection + " " + KindAgreement)

// ownerAt reports whether the possessive actor token at j owns the object
// of verb trigger t, standing right after it: "rejected Dostal's request".
func (s *sentence) ownerAt(t trig, j int) bool {
	return ownerKinds[t.kind] && !t.noun() && j == t.last+1 && s.toks[j].poss && j+1 < len(s.toks) && s.toks[j+1].kind == tWord && !s.toks[j+1].has(cPrep)
}

// An infinitive after an object is that object's to do: "urged them to
// stay", "called on him to resign", "asked the court to charge him" —
// the ones urged, called on, asked. Only "promise" and its like keep the
// subject as the doer ("promised them to return").

// subjectControl are the verbs whose infinitive is their subject's deed
// even after an object.
var subjectControl = set("promise vow pledge threaten swear")

// objectController returns the object that controls infinitive i of verb
// h, or -1.
func (p parsed) objectController(i, h int) int {
	// An infinitive of purpose ("telephoned Zelensky to brief him") is the
	// subject's; the parse makes it advcl, as it does "called on him to".
	callOn := strings.EqualFold(p.word(h).Lemma, "call")
	if d := p.word(i).Deprel; d != "xcomp" && !(d == "advcl" && callOn) || !p.hasToMark(i) || subjectControl[strings.ToLower(p.word(h).Lemma)] {
		return -1
	}
	for k := range p.s.Words {
		if k >= i || p.head(k) != h {
			continue
		}
		switch {
		case (p.word(k).Deprel == "obj" || p.word(k).Deprel == "iobj") && !p.inTimex(k):
			return k
		case p.rel(k) == "obl" && p.caseOf(k) == "on" && callOn:
			return k // "called on him to resign"
		}
	}
	return -1
}

// hasToMark reports whether verb i is an infinitive with "to".
func (p parsed) hasToMark(i int) bool {
	for k := range p.s.Words {
		if p.head(k) == i && p.word(k).Deprel == "mark" && strings.EqualFold(p.word(k).Form, "to") {
			return true
		}
	}
	return false
}
