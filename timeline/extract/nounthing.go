package extract

import (
	"strings"

	wn "github.com/storyline/storyline/timeline/lexicon"
)

// A noun that is also a verb of the same form ("a test", "the rules",
// "concerns", "a shaft", "a stretch of water") names a thing at least as
// often as a happening, and the lexicon's class of its first sense says
// little: "shaft" is first a remark, "buoy" a signal. Unless the lexicon
// lists it as a happening of its own sense, such a noun is an event only
// when the sentence makes it happen: a verb of doing takes it ("carried
// out tests", "failed a test"), a time dates it ("the test on Monday"),
// or someone does it ("a test by the navy", "pressure from investors"),
// or is its possessor or what it is of ("her release", "the release of
// the hostages"; not "a stretch of water"). A noun formed from its verb
// ("regulation", "representation") is a happening by its form.

// bareThing reports whether noun i, lemma l, is a same-form noun told as
// a thing: see above.
func (p parsed) bareThing(i int, l string) bool {
	form := strings.ToLower(p.word(i).Form)
	class := wn.NounClass(l)
	if !sameFormVerb(l) || wn.IsEventNoun(l) && !thingClass(class) || form != l && wn.IsEventNoun(form) {
		return false // "talks" is a happening, "talk" not always
	}
	for _, k := range wn.Kinds(l, true) {
		if k != KindStatement {
			return false // "the sentence", "his return", "the job": the kind lexicon's happenings
		}
	}
	if h := p.head(i); h >= 0 && p.word(h).UPOS == "VERB" && (p.word(i).Deprel == "obj" || p.word(i).Deprel == "nsubj:pass") &&
		doingVerbs[strings.ToLower(p.word(h).Lemma)] {
		return false
	}
	for k := range p.s.Words {
		if p.head(k) != i {
			continue
		}
		if p.inTimex(k) || p.word(k).Deprel == "nmod:poss" && wn.IsEventNoun(l) || p.rel(k) == "nmod" && p.caseOf(k) == "of" && p.someone(k) {
			return false // "her release", "the release of the hostages"; not "a stretch of water"
		}
		if p.rel(k) == "nmod" {
			switch p.caseOf(k) {
			case "by", "between", "against", "from":
				return false
			}
		}
	}
	return true
}

// thingClass reports whether a noun's first sense is a body of matter or
// a place: "a stretch of water" is first a stretch of it.
func thingClass(class string) bool {
	switch class {
	case "object", "artifact", "substance", "location", "body", "plant", "animal", "food":
		return true
	}
	return false
}

// doingVerbs make a noun of the same form happen: one carries out a test,
// holds a vote, suffers a fall.
var doingVerbs = set("carry conduct run perform hold stage launch begin start resume complete finish fail pass undergo " +
	"suffer make take give order call announce cancel postpone halt suspend")
