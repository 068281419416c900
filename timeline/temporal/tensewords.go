package temporal

// Words that tell a clause's tense by what they name rather than by
// their form: nouns of intent and forecasts, which look ahead; counted
// plurals and perfects, which are no plan.

// nounOfIntent reports whether the word of intent at token k ("plan",
// "hopes", "aims") is a noun after a determiner or possessive ("the
// plan", "its plans", "their hopes"), which tells no tense: "rejected
// the plan on Tuesday" was on the Tuesday before, not the one after.
func (p *parser) nounOfIntent(k int) bool {
	switch {
	case p.is(k, "hope"), p.is(k, "aim"):
		// As often a noun ("there was hope on Thursday"): a verb only
		// before its infinitive ("hope to reach the miners").
		return !p.is(k+1, "to")
	case p.is(k, "plan"), p.is(k, "plans"), p.is(k, "hopes"), p.is(k, "aims"):
	default:
		return false
	}
	for _, d := range []string{"the", "a", "its", "his", "her", "their", "our", "this", "that", "these", "those", "new", "peace", "rescue"} {
		if p.is(k-1, d) {
			return true
		}
	}
	return p.nounBeforeOf(k)
}

// nounBeforeOf reports whether what follows the word of intent at token
// k makes it a noun, whatever stands before it: "set aside vacation plans
// for the trip", "the aims of the talks", "travel plans were cancelled",
// "budget plans, which …". The verb takes an infinitive or an object
// ("plans to meet", "plans a rally"), never "of", a verb or a comma.
func (p *parser) nounBeforeOf(k int) bool {
	if p.cls(k+1) == wOf || p.isPunct(k+1, ',') || p.isPunct(k+1, '.') {
		return true
	}
	for _, w := range []string{"were", "are", "was", "is", "had", "have"} {
		if p.is(k+1, w) {
			return true
		}
	}
	return p.cls(k+1) == wFor && (p.is(k, "plan") || p.is(k, "plans")) // "hopes for a deal" is a verb
}

// intentWords are nouns of what someone means to do: "his goal was to
// …" looks ahead.
var intentWords = [...]string{"goal", "aim", "plan", "intention", "hope", "ambition", "target", "objective", "idea", "dream", "mission", "wish"}

// intentNoun reports whether token k is a noun of intent.
func (p *parser) intentNoun(k int) bool {
	for _, w := range intentWords {
		if p.is(k, w) {
			return true
		}
	}
	return false
}

// perfectAfter reports whether "have" at token k, after a modal, makes a
// perfect with the participle after it: "would have won on Sunday" is a
// past that did not happen, "would have access" a state to come.
func (p *parser) perfectAfter(k int) bool {
	if !p.is(k, "have") {
		return false
	}
	k++
	if p.is(k, "not") || p.is(k, "already") || p.is(k, "been") {
		return true
	}
	if k >= len(p.toks) || p.toks[k].kind != tWord {
		return false
	}
	t := p.toks[k]
	return p.cls(k) == wTensePast || t.end-t.start >= 4 && p.text[t.end-2] == 'e' && p.text[t.end-1] == 'd'
}

// forecastNoun reports whether token k names a forecast, which is of a
// time to come whatever the verb of its clause: "the forecast for the
// weekend is dry", "issued an outlook for Monday".
func (p *parser) forecastNoun(k int) bool {
	for _, w := range [...]string{"forecast", "forecasts", "outlook", "prediction", "predictions"} {
		if p.is(k, w) {
			return true
		}
	}
	return false
}

// quantifier reports whether token k counts the noun after it ("most
// votes", "more seats"), which makes a plural in -s a noun, not a verb.
func (p *parser) quantifier(k int) bool {
	for _, w := range [...]string{"most", "more", "fewer", "many", "few", "several", "some", "all", "enough", "no", "any",
		"thousand", "thousands", "million", "millions", "billion", "hundred", "hundreds"} {
		if p.is(k, w) {
			return true
		}
	}
	return false
}

// conjoinedInfinitive reports whether the verb at token k, after "and" or
// "or", is a second bare verb of an infinitive a few words before it: "to
// regain strength and hit the coast". A "to" before a determiner, a
// pronoun, a number or a name is a preposition ("went to the port and
// hit").
func (p *parser) conjoinedInfinitive(k int) bool {
	if !p.is(k-1, "and") && !p.is(k-1, "or") {
		return false
	}
	for j := k - 2; j >= 0 && j >= k-7; j-- {
		if p.toks[j].kind == tPunct || p.tenseOf(j) != 0 && !p.is(j-1, "to") {
			return false
		}
		if p.is(j, "to") && j+1 < k-1 && p.toks[j+1].kind == tWord && !p.toks[j+1].upper && p.cls(j+1) == wNone &&
			!p.determiner(j+1) && !p.objectPronoun(j+1) {
			return true
		}
	}
	return false
}

// objectPronoun reports whether token k is a pronoun that can follow a
// preposition.
func (p *parser) objectPronoun(k int) bool {
	for _, w := range [...]string{"them", "him", "her", "us", "me", "it", "you", "this", "that", "those", "these", "each", "one"} {
		if p.is(k, w) {
			return true
		}
	}
	return false
}
