package extract

import (
	"strings"

	wn "github.com/storyline/storyline/timeline/lexicon"
)

// The owner of what is answered takes part in the answer: "rejected
// Dostal's request", "accepted Norland's offer" concern Dostal and
// Norland. Other acts on a thing leave its owner out: "called Putin's
// remarks promising" is no dealing with Putin. Only a
// named owner counts: "his" in "Berg accepted his resignation" may be Berg
// or the man named before, which no rule here can tell.

// owner returns the named possessor of object j on the parse ("Dostal's
// request", "the offices of Halvard Construction"), or -1.
func (p parsed) owner(j int) int {
	for k := max(0, j-4); k < j; k++ {
		if p.head(k) == j && p.word(k).Deprel == "nmod:poss" && p.word(k).UPOS == "PROPN" {
			return k
		}
	}
	for k := j + 1; k < len(p.s.Words) && k <= j+4; k++ {
		if p.head(k) == j && p.word(k).Deprel == "nmod" && p.word(k).UPOS == "PROPN" && p.caseOf(k) == "of" {
			return k // "the request of Dostal", "the offices of Halvard Construction"
		}
	}
	return -1
}

// ownerKinds are the kinds of an answer to someone's act, and of a step
// of the law taken against what someone owns ("searched the offices of
// Halvard Construction").
var ownerKinds = set(KindRejection + " " + KindAgreement + " legal")

// ownerAt reports whether the possessive actor token at j owns the object
// of verb trigger t, standing right after it: "rejected Dostal's request".
func (s *sentence) ownerAt(t trig, j int) bool {
	return ownerKinds[t.kind] && !t.noun() && j == t.last+1 && s.toks[j].poss && j+1 < len(s.toks) && s.toks[j+1].kind == tWord && !s.toks[j+1].has(cPrep)
}

// An infinitive after an object is that object's to do: "urged them to
// stay", "called on him to resign", "asked the court to charge him" —
// the ones urged, called on, asked. Only "promise" and its like keep the
// subject as the doer ("promised them to return").

// objectControlled reports whether bare infinitive w is the conjunct of
// an infinitive that completes a verb with an object, whose deed both
// are: "allowing him to remain in his seat and accept his award". The
// word order reads the first infinitive's doer right; the second it gave
// the main clause's subject.
func (p parsed) objectControlled(w int) bool {
	if p.word(w).UPOS != "VERB" || p.word(w).XPOS != "VB" || p.rel(w) != "conj" || p.hasDependent(w, "aux") {
		return false
	}
	v := w
	for p.rel(v) == "conj" && p.head(v) >= 0 {
		v = p.head(v)
	}
	h := p.head(v)
	return h >= 0 && p.rel(v) == "xcomp" && p.hasToMark(v) && p.hasDependent(h, "obj") && !subjectControl[strings.ToLower(p.word(h).Lemma)] &&
		!strings.EqualFold(p.word(h).Lemma, "use") // "used the visit to press for guarantees": a purpose, the subject's
}

// subjectControl are the verbs whose infinitive is their subject's deed
// even after an object.
var subjectControl = set("promise vow pledge threaten swear")

// perceives are the verbs whose object's deed is what was perceived: "saw
// him setting fire to brush", "filmed officers beating a man"; a picture
// shows it too ("video showed him leaving the building").
var perceives = set("see watch hear notice spot film catch observe witness show depict capture")

// causes are the verbs whose object does their bare infinitive: "made
// thousands flee", "let the company sell its assets", "had police remove
// them", "helped rescuers reach the village".
var causes = set("make let have help")

// objectController returns the object that controls infinitive i of verb
// h, or -1.
func (p parsed) objectController(i, h int) int {
	// An infinitive of purpose ("telephoned Zelensky to brief him") is the
	// subject's; the parse makes it advcl, as it does "called on him to".
	callOn := strings.EqualFold(p.word(h).Lemma, "call")
	// "saw him setting fire to brush", "watched his brother fall", "made
	// thousands flee", "let the company sell": a bare infinitive the
	// tagger may read as a present (VBP) after a plural object.
	lemma := strings.ToLower(p.word(h).Lemma)
	x := p.word(i).XPOS
	seen := perceives[lemma] && (x == "VBG" || x == "VB" || x == "VBP") || causes[lemma] && (x == "VB" || x == "VBP")
	if p.objectGerund(i, h) {
		if k := p.directObject(i, h); k >= 0 && (p.mayAct(k) || judges[strings.ToLower(p.word(h).Lemma)]) {
			return k
		}
		return -1
	}
	// "ordered the automaker to fix the cars": the parse may read a
	// verb of asking's infinitive as one of purpose too.
	if d := p.word(i).Deprel; d != "xcomp" && !(d == "advcl" && (callOn || seen || asksOfSomeone(lemma))) || !p.hasToMark(i) && !seen || subjectControl[strings.ToLower(p.word(h).Lemma)] {
		return -1
	}
	if phones[lemma] && p.pronounObject(i) {
		// "I have called Keir Starmer to congratulate him": the one
		// called is the one congratulated, so the caller does it.
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

// phones are the verbs of calling someone on the telephone.
var phones = set("call phone telephone ring")

// pronounObject reports whether verb i has a personal pronoun as object.
func (p parsed) pronounObject(i int) bool {
	for k := range p.s.Words {
		if p.head(k) == i && p.word(k).Deprel == "obj" && p.word(k).UPOS == "PRON" {
			switch strings.ToLower(p.word(k).Form) {
			case "him", "her", "them":
				return true
			}
		}
	}
	return false
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

// A gerund after "of", "for", "from" or "into" that a verb with an object
// governs is that object's deed: "accused them of helping", "banned them
// from travelling", "criticised Berg for failing", "talked him into
// resigning" — the ones accused, banned, criticised. Other prepositions
// ("by", "after", "without") keep the subject as the doer: "beat them by
// cheating", "left them without saying".
var objectGerundCase = set("of for from into")

// judges are the verbs of punishing, blaming and praising: whatever
// their object is, it did the deed they judge ("fined the bank for
// failing to report", "praised the council for acting"), though a bank
// or a council is no person to the lexicon's first sense.
var judges = set("fine sentence punish penalise penalize sanction blame fault criticise criticize condemn censure rebuke reprimand scold chastise slam praise commend applaud thank reward credit congratulate honour honor hail laud")

// objectGerund reports whether gerund i of verb h is introduced by one of
// objectGerundCase, or by the preposition a verb of charging takes its
// crime with ("charged him with taking bribes").
func (p parsed) objectGerund(i, h int) bool {
	if p.word(i).XPOS != "VBG" || p.word(i).Deprel != "advcl" || p.word(h).UPOS != "VERB" {
		return false
	}
	for k := range p.s.Words {
		if p.head(k) != i || p.word(k).Deprel != "mark" && p.word(k).Deprel != "case" {
			continue
		}
		low, lemma := strings.ToLower(p.word(k).Form), strings.ToLower(p.word(h).Lemma)
		// "congratulated him on becoming prime minister", "praised
		// them on winning": praise is given on the deed of its object.
		return objectGerundCase[low] || low == chargePreposition[lemma] || low == "on" && judges[lemma]
	}
	return false
}

// directObject returns the object of verb h before word i, or -1; an
// indirect one too, as the parser may read a pronoun before a
// preposition ("charged him with murdering": him an iobj).
func (p parsed) directObject(i, h int) int {
	for k := range p.s.Words {
		if k < i && p.head(k) == h && (p.word(k).Deprel == "obj" || p.word(k).Deprel == "iobj") && !p.inTimex(k) {
			return k
		}
	}
	return -1
}

// mayAct reports whether word j names someone who can do a deed: an
// actor, a person, a name or a group ("won an award for writing" leaves
// the writing to the winner).
func (p parsed) mayAct(j int) bool {
	if p.mayBePerson(j) || p.actorAt(j) >= 0 {
		return true
	}
	w := p.word(j)
	return w.UPOS == "NOUN" && wn.NounClass(strings.ToLower(w.Lemma)) == "group"
}
