package extract

import (
	"strings"

	wn "github.com/storyline/storyline/timeline/lexicon"
)

// thingDoneKind returns the kind of a verb whose first sense in the
// lexicon is a fight or a saying but which, done to a thing, is neither:
// "charge the devices" fills their batteries, "added refueling stops" put
// them in; else "". "Scrapped the model" is a cancellation
// (kindschedule.go).
func (p parsed) thingDoneKind(f frame, lemma string, noun bool) string {
	if noun {
		if (lemma == "charge" || lemma == "charges") && p.bookedCost(f.pred) {
			return KindOther // "took a $4.7bn charge", "a 900 million franc charge": a cost in the accounts, no attack or accusation
		}
		return ""
	}
	switch lemma {
	case "charge", "recharge":
		if o := p.dependentOf(f.pred, "obj"); o >= 0 && chargedThings[strings.ToLower(p.word(o).Lemma)] {
			return KindOther
		}
	case "add":
		if o := p.dependentOf(f.pred, "obj"); o > f.pred && p.word(o).UPOS == "NOUN" && !p.hasDependent(f.pred, "ccomp") {
			return KindOther // "added refueling stops", "added 300 jobs": things, no words
		}
	case "clear":
		if !p.hasDependent(f.pred, "obj") && !p.passive(f.pred) && !p.hasDependent(f.pred, "ccomp") && !p.hasDependent(f.pred, "xcomp") {
			return KindOther // "the ash cloud cleared", "the smoke cleared": gone, no one approved anything
		}
		if p.anyOf(f.pred, "of", p.isMatter) || p.objectOfMatter(f.pred) {
			return KindOther // "the runway was cleared of ash", "cleared the road of debris"
		}
	}
	return ""
}

// chargedThings are what is charged with power: "charge the devices";
// "the riders charged the gates" rushed at them.
var chargedThings = set("device phone smartphone handset battery laptop tablet computer")

// isMatter reports whether word k names stuff or things, which one clears
// a place of: "ash", "debris", "snow".
func (p parsed) isMatter(k int) bool {
	switch wn.NounClass(strings.ToLower(p.word(k).Lemma)) {
	case "substance", "artifact", "object", "phenomenon", "plant":
		return true
	}
	return false
}

// objectOfMatter reports whether the object of verb v has an "of" phrase
// of stuff, as the parse hangs "cleared the road of debris".
func (p parsed) objectOfMatter(v int) bool {
	o := p.dependentOf(v, "obj")
	for k := range p.s.Words {
		if o >= 0 && p.head(k) == o && p.rel(k) == "nmod" && p.caseOf(k) == "of" && p.isMatter(k) {
			return true
		}
	}
	return false
}

// bookedCost reports whether noun n is a sum in a company's accounts: it
// is counted in money ("a $2 billion charge", "a 900 million franc
// charge") or taken, booked or recorded ("took a charge against
// earnings"); charges one faces, denies or is arrested on are the law's.
func (p parsed) bookedCost(n int) bool {
	for k := range p.s.Words {
		if p.head(k) != n {
			continue
		}
		w := p.word(k)
		if (p.rel(k) == "compound" || p.rel(k) == "nummod" || p.rel(k) == "amod") && (w.XPOS == "$" || currencies[strings.ToLower(w.Lemma)]) {
			return true
		}
	}
	if h := p.head(n); h >= 0 && p.rel(n) == "obj" {
		switch strings.ToLower(p.word(h).Lemma) {
		case "take", "book", "record", "incur", "post":
			return true
		}
	}
	return false
}
