package actor

// A firm named once, with what it makes or earns, is named so in business
// copy: "Audi's new model", "Brevik's profits rose", "shares of Kestrel
// fell", "a Norvex spokesperson said". Nothing else in the sentence tells
// a reader it is a body, and no person has profits or a model line in the
// news; the name was dropped, or taken for a person.

// firmGoods are the nouns after a name's possessive that only a business
// has: its takings and what it sells.
var firmGoods = map[string]bool{"profit": true, "profits": true, "revenue": true, "revenues": true, "sales": true,
	"earnings": true, "turnover": true, "valuation": true, "model": true, "models": true, "products": true,
	"factory": true, "factories": true, "plants": true, "stores": true, "shops": true, "customers": true,
	"dealers": true, "dealerships": true, "vehicles": true, "cars": true, "brand": true, "logo": true,
	"ipo": true, "flotation": true, "listing": true}

// firmCue reports whether the words around the name [i, end) name a
// firm: a noun of firmGoods after its possessive, with adjectives
// between ("Audi's new model"), "shares of" or "shares in" before it, or
// "a" before it and a spokesperson after it. A name with a given name
// first, or a word the text writes beside another capitalised word as a
// surname ("a Trump spokesman" after "Donald Trump"), is a person's.
func (s *sentence) firmCue(i, end int) bool {
	if s.g.isGiven(s.str(i)) || end-i == 1 && s.namedInFull(i) {
		return false
	}
	if s.toks[end-1].is(tPoss) {
		for k := end; k < min(len(s.toks), end+3) && s.word(k) && !s.toks[k].is(tCap); k++ {
			if w := s.lower(k); firmGoods[w] {
				return true
			} else if !notModifiers[w] && !adjectiveLike(w) {
				return false
			}
		}
		return false
	}
	if s.word(i-1) && (s.lower(i-1) == "of" || s.lower(i-1) == "in") && s.word(i-2) && s.lower(i-2) == "shares" {
		return true // "Shares of Kestrel fell", "shares in Kestrel"
	}
	return s.word(i-1) && (s.lower(i-1) == "a" || s.lower(i-1) == "an") && s.word(end) && spokesRoles[s.lower(end)]
}
