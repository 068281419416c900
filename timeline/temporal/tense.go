package temporal

// tenseDir reads the tense of the clause around tokens [i, end): +1 when
// the nearest tense marker speaks of the future ("will", "expected to",
// "plans"), -1 when it speaks of the past ("said", "met", a verb in -ed),
// 0 when there is none in the sentence.
func (p *parser) tenseDir(i, end int) int {
	const reach = 14
	if p.cls(i-1) == wSince {
		return -1 // "since March": whatever the verb, it began before now
	}
	if p.cls(i-1) == wFor && p.forecastNoun(i-2) {
		return 1 // "the forecast for the weekend": a forecast is of what is to come
	}
	if p.namedAsDeadline(i, end) || p.postponedTo(i) {
		return 1
	}
	best, bestDist, weak, weakDist, weakAt, bestAt := 0, reach+1, 0, 0, -1, -1
	// marks do not count as words, but a run of them must not send the
	// search past the context a window of tokens keeps (see scan)
	stop := max(-1, i-contextTokens/2)
	phrase := true // no comma yet between the expression and the word read
	if p.is(i-1, "that") && p.toks[i].upper {
		// "told reporters that Saturday's final would be her last": the
		// weekday opens a clause of its own, whose verb follows it
		stop = i - 1
	}
	for k, dist := i-1, 0; k > stop && dist < reach; k-- {
		if p.boundaryAfter(k) {
			break
		}
		if p.toks[k].kind == tPunct {
			phrase = phrase && !p.isPunct(k, ',')
			continue // "$29.75" is one word's worth of distance, not four
		}
		dist++
		if phrase && p.aheadOf(k) {
			// "was campaigning ahead of the election on Sunday": still
			// to come, whatever the verb; but not "Just ahead of the
			// trip, the department on Sunday issued …".
			return 1
		}
		if p.futureInPast(k) {
			best, bestDist = 1, dist
			break
		}
		if v := p.tenseOf(k); v != 0 {
			best, bestDist, bestAt = v, dist, k
			break
		}
		if weak == 0 {
			weak, weakDist, weakAt = p.weakTenseOf(k), dist, k
		}
	}
	limit := bestDist
	if best == 0 && (p.opensSentence(i) || stop == i-1) {
		// "In January, a week after the anniversary of …, a bomb killed
		// a guard": a fronted time belongs to the main clause, however
		// long the phrases before its verb. That far, only a verb in the
		// past is trusted: "plan" or "set" there is more often a noun.
		limit = contextTokens / 4
	}
	for k, dist := end, 1; k < len(p.toks) && dist+1 < limit; k, dist = k+1, dist+1 {
		if p.boundaryAfter(k-1) && k > end || p.toks[k].newline || p.closingQuote(k) {
			break // past a closing quote comes the speech frame ("…
			// Thursday,'' Castro said"), not the tense of the quote
		}
		if best != 0 && (p.isPunct(k, ',') || p.is(k, "and") || p.is(k, "but") || p.is(k, "that")) {
			break // "talks that are supposed to conclude by May, invited
			// …": a comma closes the clause whose tense is known, and
			// so does a conjunction ("said they would hold a rally on
			// Sunday and called for …" is next Sunday's rally); "that"
			// opens what the verb before said ("told him early on
			// Thursday that he would have to leave" told it Thursday)
		}
		if v := p.tenseOf(k); v != 0 && !p.reducedRelative(k, v) && !p.presentAfter(k) {
			if v < 0 && p.tenseOf(k+1) > 0 && (p.is(k, "was") || p.is(k, "were")) {
				// "were planning to", "was expected to": a plan; but
				// "announced plans to acquire" did the announcing
				v = 1
			}
			if dist+1 < bestDist || v < 0 {
				best = v
			}
			break
		}
	}
	// "until Tuesday", "by Thursday": a deadline, unless a verb in the
	// past says otherwise ("reports were filed by Wednesday")
	// ("had resisted until Friday" ended before a past the story tells:
	// no deadline still to come)
	if weak != 0 && weakDist <= 4 && (best >= 0 || p.deadline(weakAt) && !p.pluperfect(bestAt)) {
		return weak
	}
	if best == 0 && weak == 0 {
		return p.farTense(i, stop, reach)
	}
	return best
}

// farTense reads, for an expression with no tense marker within reach on
// either side, the first one further back in its sentence when it tells
// a plan: "Albright,
// after a 16-hour flight, is scheduled to spend only five hours on the
// ground in Dar es Salaam, Tanzania, her first stop Tuesday morning" is
// a plan's Tuesday, however long the phrases between.
func (p *parser) farTense(i, stop, reach int) int {
	for k, dist := i-1, 0; k > stop; k-- {
		if p.boundaryAfter(k) {
			return 0
		}
		if p.toks[k].kind == tPunct {
			continue
		}
		if dist++; dist < reach {
			continue
		}
		if p.futureInPast(k) {
			return 1
		}
		if v := p.tenseOf(k); v != 0 {
			// Only a plan: a past that far back is as often another
			// clause's ("said the accident could hurt bookings during
			// the season, which runs from January to March").
			return max(v, 0)
		}
	}
	return 0
}

// opensSentence reports whether the expression at token i is fronted:
// first in its sentence, or after a preposition that is ("On Friday, …").
func (p *parser) opensSentence(i int) bool {
	if p.sentenceStart(i) {
		return true
	}
	switch p.cls(i - 1) {
	case wIn, wOn, wDuring, wBy, wSince, wUntil:
		return p.sentenceStart(i - 1)
	}
	return false
}

// boundaryAfter reports whether a sentence ends after token k.
func (p *parser) boundaryAfter(k int) bool {
	if k+1 < len(p.toks) && p.toks[k+1].newline {
		return true
	}
	t := p.toks[k]
	if t.kind != tPunct {
		return false
	}
	switch t.punct {
	case '?', '!', ';':
		return true
	case '.':
		if k > 0 && p.toks[k-1].kind == tNum && p.isNum(k+1) && t.glued && p.toks[k+1].glued {
			return false // "$42.875": a decimal point
		}
		if k > 0 && p.toks[k-1].kind == tWord && (p.toks[k-1].lex.abbr || p.toks[k-1].end-p.toks[k-1].start == 1) {
			return false // "Aug.", "p.m.", an initial
		}
		if p.isPunct(k+1, ',') {
			return false // "Salem, Ore., and …": a stop before a comma ends a word
		}
		return true
	}
	return false
}

// tenseOf returns the tense token k marks.
func (p *parser) tenseOf(k int) int {
	if k < 0 || k >= len(p.toks) {
		return 0
	}
	t := &p.toks[k]
	if t.kind != tWord {
		return 0
	}
	if p.modalAhead(k) {
		return 1
	}
	switch t.lex.cls {
	case wTenseFuture:
		if t.lex.val == 1 && !p.scheduledPresent(k) {
			return 0
		}
		if p.is(k, "set") && !p.is(k+1, "to") && !p.is(k+1, "for") {
			// ("set for Sunday" is a day fixed ahead, as "scheduled
			// for Sunday" is)
			if (p.cls(k+1) == wIn || p.cls(k+1) == wOn) && !p.passiveAfterBe(k) && !p.is(k-1, "is") && !p.is(k-1, "are") {
				return -1 // "the deadline, first set in August": a deed done
			}
			if !p.is(k-1, "had") && (p.cls(k+2) == wFor || p.cls(k+3) == wFor) {
				return 1 // "set sentencing for July 14", "set a hearing for Friday": the day fixed is ahead
			}
			return 0 // "set Friday as the deadline"
		}
		if p.nounOfIntent(k) {
			return 0 // "rejected the plan on Tuesday": a noun, no tense
		}
		if p.cls(k-1) == wThan {
			return 0 // "fell faster than expected over the summer": the deed's verb tells the tense
		}
		if p.determiner(k-1) && p.text[p.toks[k].end-1] == 'd' {
			return 0 // "shifted the expected landfall overnight": an adjective, no plan
		}
		if p.is(k-1, "had") || p.is(k-1, "been") && p.is(k-2, "had") {
			return -1 // "had been due to expire Friday": a plan now past
		}
		return 1
	case wTensePast:
		if p.passiveAfterBe(k) || p.is(k-1, "to") {
			return 0 // "to hit", "to put": an infinitive
		}
		if p.conjoinedInfinitive(k) {
			// "expect it to regain strength and hit the coast on
			// Friday": a bare verb sharing the infinitive's "to",
			// whose tense is the verb the infinitive hangs on
			return 0
		}
		if p.modal(k-1) && !p.perfectAfter(k) {
			// "will hit Cuba early Tuesday", "would have access no later
			// than Monday": a bare infinitive, whose tense is the modal's
			return 0
		}
		return -1
	case wRef:
		switch t.lex.val {
		case rSoon, rTomorrow:
			return 1
		case rYesterday:
			return -1
		}
	case wEarly:
		if p.is(k-1, "as") {
			return 1 // "as early as Tuesday"
		}
	case wNone:
		// a word in -ed, unless it is a participle (passiveAfterBe,
		// adjectival)
		n := t.end - t.start
		if n >= 5 && p.text[t.end-2] == 'e' && p.text[t.end-1] == 'd' && !t.upper && !p.passiveAfterBe(k) && !p.adjectival(k) {
			if p.presentPassive(k) {
				return 1
			}
			return -1
		}
	}
	return 0
}

// presentAfter reports whether token k, read after the expression, is a
// scheduled present: "began raising its stake in July, and holds 14.6%"
// is another clause's present, which says nothing of July.
func (p *parser) presentAfter(k int) bool {
	return p.toks[k].lex.cls == wTenseFuture && p.toks[k].lex.val == 1
}

// scheduledPresent reports whether the present at token k is a finite
// verb, which with a day tells a plan ("the leaders meet Monday"): not an
// infinitive or a verb after an auxiliary ("failed to meet Monday", "did
// not meet", "could leave"), nor a noun ("the votes", "its returns").
func (p *parser) scheduledPresent(k int) bool {
	if p.determiner(k-1) || p.is(k-1, "to") || p.is(k-1, "not") || p.is(k-1, "never") || p.cls(k+1) == wOf {
		return false
	}
	if p.quantifier(k-1) || p.isNum(k-1) || p.cls(k-1) == wTensePast {
		return false // "won the most votes", "2 million votes", "won votes": a noun
	}
	switch {
	case p.is(k-1, "did"), p.is(k-1, "does"), p.is(k-1, "do"), p.is(k-1, "could"), p.is(k-1, "can"),
		p.is(k-1, "might"), p.is(k-1, "may"), p.is(k-1, "must"), p.is(k-1, "should"), p.is(k-1, "would"):
		return false
	}
	return true
}

// passiveAfterBe reports whether the participle at token k follows a bare
// "be" or "being": "will be named in December", "is being moved Friday"
// take their tense from the auxiliary before, which the search goes on to.
func (p *parser) passiveAfterBe(k int) bool {
	return p.is(k-1, "be") || p.is(k-1, "being")
}

// closingQuote reports whether token k is a quotation mark that closes a
// quote: glued to the word before it and not to a word after it (the
// apostrophe of "Wednesday's" is glued to both).
func (p *parser) closingQuote(k int) bool {
	t := &p.toks[k]
	if t.kind != tPunct || t.punct != '"' && t.punct != '\'' || !t.glued {
		return false
	}
	return k+1 >= len(p.toks) || !p.toks[k+1].glued || p.toks[k+1].kind == tPunct
}

// adjectival reports whether the word in -ed at token k modifies a noun
// rather than telling a tense: "a still unspecified date", "the revised
// plan" (but "the company reported" has its determiner two words back).
func (p *parser) adjectival(k int) bool {
	if p.determiner(k - 1) {
		return true
	}
	if k < 2 || p.toks[k-1].kind != tWord {
		return false
	}
	t := p.toks[k-1]
	adverb := p.is(k-1, "still") || p.is(k-1, "newly") || t.end-t.start > 3 && p.text[t.end-2] == 'l' && p.text[t.end-1] == 'y'
	return adverb && p.determiner(k-2)
}

// determiner reports whether token k is an article or a possessive.
func (p *parser) determiner(k int) bool {
	switch p.cls(k) {
	case wThe, wA:
		return true
	}
	return p.is(k, "its") || p.is(k, "their") || p.is(k, "his") || p.is(k, "her") || p.is(k, "our")
}

// reducedRelative reports whether the word in -ed at token k, read after
// the expression, is a participle with its agent: "by August in the
// search for new markets untouched by the crisis" says nothing of the
// tense. (Before the expression, "talks resumed by Thursday" is a verb.)
func (p *parser) reducedRelative(k, v int) bool {
	return v < 0 && p.toks[k].lex.cls == wNone && p.is(k+1, "by")
}

// pastVerbGoverns reports whether a verb in the past stands right before
// the date at token i, or before its "on" or "in": "ended Jan. 31",
// "died on Jan. 3" (not "said the dividend is payable Dec. 7").
func (p *parser) pastVerbGoverns(i int) bool {
	k := i - 1
	if p.cls(k) == wOn || p.cls(k) == wIn {
		k--
	}
	return k >= 0 && p.tenseOf(k) < 0
}

// pluperfect reports whether the verb at token k is a past before a past:
// "had resisted", "had been closed".
func (p *parser) pluperfect(k int) bool {
	return k > 0 && (p.is(k-1, "had") || p.is(k-1, "been") && p.is(k-2, "had"))
}
