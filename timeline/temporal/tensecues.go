package temporal

// The words that tell the tense of a time beside them when the verb does
// not: a preposition ("until Thursday"), a plan seen from the past
// ("agreed to meet on Thursday"), "ahead of" and a deadline's "until".

// weakTenseOf returns the tense a preposition suggests when no verb says
// otherwise: "until Thursday" is usually a deadline.
func (p *parser) weakTenseOf(k int) int {
	if p.cls(k) == wUntil || p.cls(k) == wBy {
		return 1 // "until", "through", "by"
	}
	return 0
}

// futureInPast reports whether token k opens a future seen from the past,
// which tells the tense of what follows it: "planned a rally on
// Saturday", "agreed to meet on Thursday" (but "On Friday, the government
// planned to …" is past, and so is "as previously planned Saturday").
func (p *parser) futureInPast(k int) bool {
	if (p.is(k, "is") || p.is(k, "are")) && p.is(k+1, "to") && k+2 < len(p.toks) && p.toks[k+2].kind == tWord {
		return true // "is to resume trading Tuesday": an arrangement to come
	}
	if (p.is(k, "was") || p.is(k, "were")) && p.is(k+1, "to") && p.intentNoun(k-1) && k+2 < len(p.toks) && p.toks[k+2].kind == tWord {
		// "His goal was to play again in November": what he meant to
		// do lies ahead of the time he meant it, however the copula reads
		return true
	}
	if p.is(k, "planned") {
		if p.toks[k].upper && !p.sentenceStart(k) {
			return false // "a lawsuit filed by Planned Parenthood on Saturday": a name
		}
		return !p.is(k-1, "had") && !p.is(k-1, "as") && !p.is(k-1, "previously") && !p.is(k-1, "originally") && p.cls(k-1) != wThan
	}
	if p.is(k+1, "to") && (p.is(k, "forecast") || p.is(k, "predicted") || p.is(k, "projected") || p.is(k, "poised")) {
		// "with the storm forecast to strengthen before making landfall
		// on Wednesday": a prediction looks ahead of the time it is made.
		return !p.is(k-1, "had") && !p.is(k-1, "been")
	}
	return p.is(k+1, "to") && (p.is(k, "supposed") || p.is(k, "prepared") || p.is(k, "promised") || p.is(k, "agreed") || p.is(k, "decided"))
}

// aheadOf reports whether token k is the "of" of "ahead of" opening what
// a deed prepares for: "campaigned ahead of Sunday's vote", "ahead of the
// summit on Thursday" are of a day to come, though the verb before them
// is past; a paper tells what the day prepared for before it comes. Not
// a comparison with what was planned ("finished ahead of schedule on
// Friday").
func (p *parser) aheadOf(k int) bool {
	if !p.is(k, "of") || p.cls(k-1) != wAhead {
		return false
	}
	for _, w := range [...]string{"schedule", "time", "expectations", "estimates", "forecasts", "target", "plan"} {
		if p.is(k+1, w) {
			return false
		}
	}
	return true
}

// deadline reports whether the "until" at token k sets a deadline even
// after a verb in the past: "postponed until Tuesday", "gave them until
// Friday"; but not "it was not until Monday", "up until Monday", "Until
// Monday, they had not …".
func (p *parser) deadline(k int) bool {
	return (p.is(k, "until") || p.is(k, "till")) && !p.is(k-1, "not") && !p.is(k-1, "up") && !p.sentenceStart(k)
}
