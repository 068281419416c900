package extract

import "strings"

// measureObject reports whether verb v's object is a measure a government
// or an authority puts in place: a curfew, sanctions, a ban, a state of
// emergency.
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

// measureVerbs put a measure in place, change it or end it; measureNouns
// are the measures.
var (
	measureVerbs = set("impose order declare introduce announce lift end extend ease tighten relax suspend reimpose enforce")
	measureNouns = set("curfew sanction sanctions ban embargo restriction restrictions lockdown blockade moratorium quarantine tariff tariffs")
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
