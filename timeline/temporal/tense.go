package temporal

// tenseDir reads the tense of the clause around tokens [i, end): +1 when
// the nearest tense marker speaks of the future ("will", "expected to",
// "plans"), -1 when it speaks of the past ("said", "met", a verb in -ed),
// 0 when there is none in the sentence.
func (p *parser) tenseDir(i, end int) int {
	const reach = 14
	best, bestDist, weak, weakDist := 0, reach+1, 0, 0
	for k, dist := i-1, 1; k >= 0 && dist <= reach; k, dist = k-1, dist+1 {
		if p.boundaryAfter(k) {
			break
		}
		if v := p.tenseOf(k); v != 0 {
			best, bestDist = v, dist
			break
		}
		if weak == 0 {
			weak, weakDist = p.weakTenseOf(k), dist
		}
	}
	for k, dist := end, 1; k < len(p.toks) && dist+1 < bestDist; k, dist = k+1, dist+1 {
		if p.boundaryAfter(k-1) && k > end || p.toks[k].newline {
			break
		}
		if v := p.tenseOf(k); v != 0 {
			best = v
			break
		}
	}
	// "until Tuesday", "by Thursday": a deadline, unless a verb in the
	// past says otherwise ("reports were filed by Wednesday")
	if weak != 0 && weakDist <= 4 && best >= 0 {
		return weak
	}
	return best
}

// weakTenseOf returns the tense a preposition suggests when no verb says
// otherwise: "until Thursday" is usually a deadline.
func (p *parser) weakTenseOf(k int) int {
	if p.cls(k) == wUntil || p.cls(k) == wBy {
		return 1 // "until", "through", "by"
	}
	return 0
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
		if k > 0 && p.toks[k-1].kind == tWord && (p.toks[k-1].lex.abbr || p.toks[k-1].end-p.toks[k-1].start == 1) {
			return false // "Aug.", "p.m.", an initial
		}
		return true
	}
	return false
}

// tenseOf returns the tense token k marks.
func (p *parser) tenseOf(k int) int {
	t := &p.toks[k]
	if t.kind != tWord {
		return 0
	}
	switch t.lex.cls {
	case wTenseFuture:
		if p.is(k, "set") && !p.is(k+1, "to") {
			return 0 // "set Friday as the deadline"
		}
		return 1
	case wTensePast:
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
		n := t.end - t.start
		if n >= 5 && p.text[t.end-2] == 'e' && p.text[t.end-1] == 'd' && !t.upper {
			return -1
		}
	}
	return 0
}
