package extract

import "strings"

// thingDoneKind returns the kind of a verb whose first sense in the
// lexicon is a fight or a saying but which, done to a thing, is neither:
// "charge the devices" fills their batteries, "scrapped the model" threw
// it out, "added refueling stops" put them in; else "".
func (p parsed) thingDoneKind(f frame, lemma string, noun bool) string {
	if noun {
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
	case "scrap":
		if p.hasDependent(f.pred, "obj") {
			return KindOther
		}
	}
	return ""
}

// chargedThings are what is charged with power: "charge the devices";
// "the riders charged the gates" rushed at them.
var chargedThings = set("device phone smartphone handset battery laptop tablet computer")
