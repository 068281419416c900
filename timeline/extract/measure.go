package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline/language"
)

// measureObject reports whether verb v's object is a measure a government
// or an authority puts in place: a curfew, sanctions, a ban, a state of
// emergency, an emergency ("declared a local emergency"), an evacuation
// ("ordered the evacuation of 3,000 residents"), an alert.
func (p parsed) measureObject(v int) bool {
	for k := range p.s.Words {
		if p.head(k) != v || p.rel(k) != "obj" {
			continue
		}
		switch l := strings.ToLower(p.word(k).Lemma); {
		case measureNouns[l]:
			return true
		case l == "state" || l == "law":
			// "a state of emergency", "martial law"
			for j := range p.s.Words {
				if p.head(j) == k && (strings.EqualFold(p.word(j).Lemma, "emergency") || strings.EqualFold(p.word(j).Lemma, "martial")) {
					return true
				}
			}
		}
	}
	return false
}

// dayOffDecree returns the verb that a day phrase dates when the parse
// hung it on the measure the verb decrees ("declared a local emergency on
// Wednesday evening", as if the emergency were of Wednesday); else -1. A
// measure is in force from the day it is decreed, so the day is the
// decree's. A day the measure runs from is its own ("imposed a curfew
// from Friday").
func dayOffDecree(ws []language.Word, k int) int {
	n := ws[k].Head - 1
	if ws[k].Deprel != "nmod" || n < 0 || n > k || !caseIs(ws, k, "on") || !dayWord(ws, k) {
		return -1
	}
	if !measureNouns[strings.ToLower(ws[n].Lemma)] || ws[n].Deprel != "obj" {
		return -1
	}
	v := ws[n].Head - 1
	if v < 0 || !measureVerbs[strings.ToLower(ws[v].Lemma)] {
		return -1
	}
	return v
}

// dayWord reports whether word k names a day: "Wednesday", or a part of
// one, "Wednesday evening".
func dayWord(ws []language.Word, k int) bool {
	if weekday(ws[k].Lemma) {
		return true
	}
	switch strings.ToLower(ws[k].Lemma) {
	case "morning", "afternoon", "evening", "night":
		for j := range k {
			if ws[j].Head == k+1 && ws[j].Deprel == "compound" && weekday(ws[j].Lemma) {
				return true
			}
		}
	}
	return false
}

// measureVerbs put a measure in place, change it or end it; measureNouns
// are the measures.
var (
	measureVerbs = set("impose order declare introduce announce lift end extend ease tighten relax suspend reimpose enforce")
	measureNouns = set("curfew sanction sanctions ban embargo restriction restrictions lockdown blockade moratorium quarantine tariff tariffs emergency evacuation alert")
)

// moneyObject reports whether verb v's object is a sum of money: "$2
// billion", "5 million euros".
func (p parsed) moneyObject(v int) bool {
	for k := range p.s.Words {
		if p.head(k) != v || p.rel(k) != "obj" {
			continue
		}
		w := p.word(k)
		if w.XPOS == "$" || currencies[strings.ToLower(w.Lemma)] {
			return true
		}
	}
	return false
}

// currencies are the nouns of money a sum is counted in.
var currencies = set("dollar euro pound yen yuan rupee franc ruble rouble peso won lira krona krone shekel dinar rand real")

// withdrawals take back goods already sold or handed out.
var withdrawals = set("recall withdraw")

// thingObject reports whether verb v's object is a thing, not a person
// or a group: "recalled 310,000 cars", not "recalled its ambassador".
func (p parsed) thingObject(v int) bool {
	for k := range p.s.Words {
		if p.head(k) == v && p.rel(k) == "obj" && p.isThing(p.partitive(k)) {
			return true
		}
	}
	return false
}
