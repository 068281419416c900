package extract

import "strings"

// withFrontedTimes hangs a time expression that opens its clause, set off
// by a comma, on the verb of the clause after the comma, whatever word
// the parse hung it from: "On Wednesday, after a week of talks, the
// leaders will sign the accord", "Then yesterday, he tried …", "…
// shares; last Monday, the company had 73 million shares". A fronted time
// is its clause's own; the parsers often hang it on the word before it
// ("Then"), on the clause before a semicolon, or make it the root with
// the verb below it.
func (p parsed) withFrontedTimes() parsed {
	var out []sentTimex
	for i, c := range p.txs {
		v := p.frontedClause(c)
		if v < 0 && c.att >= 0 && p.ownClause(c.att) && !p.canHeadClause(c.att) {
			// "grew an estimated 2.5% in the third quarter" with the
			// "%" parsed as a clause of its own: no clause holds the
			// time, so it is the sentence's (see textTimeRank).
			v = -1
		} else if v < 0 || v == c.att {
			continue
		}
		if out == nil {
			out = append([]sentTimex(nil), p.txs...)
		}
		out[i].att = v
	}
	txs := p.txs
	if out != nil {
		txs = out
	}
	for i, c := range p.txs {
		v := p.frontedClause(c)
		if v < 0 {
			v = c.att
		}
		if v < 0 || txs[i].att != v {
			continue
		}
		for j := range txs {
			if n := p.nounOfSecondTime(i, j, v, txs); n >= 0 {
				if out == nil {
					out = append([]sentTimex(nil), p.txs...)
					txs = out
				}
				out[j].att = n
			}
		}
	}
	if out != nil {
		p.txs = out
	}
	return p
}

// frontedClause returns the verb of the clause that time expression c
// opens, when c stands at the start of a clause with a comma after it and
// the parse hangs it outside that clause; else -1.
func (p parsed) frontedClause(c sentTimex) int {
	first, last := p.timexWords(c.ref)
	for first > 0 && (p.word(first-1).UPOS == "ADP" || strings.EqualFold(p.word(first-1).Form, "early") || strings.EqualFold(p.word(first-1).Form, "late")) {
		first-- // "On Wednesday", "Early on Friday": the words that open it
	}
	if first < 0 || last+1 >= len(p.s.Words) || p.word(last+1).Form != "," || !p.opensClause(first) {
		return -1
	}
	end := len(p.s.Words) // the clause runs to a semicolon or the sentence's end
	for k := last + 2; k < len(p.s.Words); k++ {
		if f := p.word(k).Form; f == ";" || f == ":" {
			end = k
			break
		}
	}
	inClause := func(k int) bool { return k > last+1 && k < end }
	if c.att >= 0 && inClause(c.att) {
		return c.att // the parse has it right
	}
	v := -1
	for k := last + 2; k < end; k++ {
		if inClause(p.head(k)) || p.word(k).UPOS == "PUNCT" || !p.hasDependent(k, "nsubj") {
			continue
		}
		if v >= 0 {
			return -1 // two clauses: which one the time is of, the parse cannot tell
		}
		v = k
	}
	return v
}

// opensClause reports whether word k starts a clause: the sentence's
// first word, one after a semicolon, colon or dash, or one after a lone
// opening connective ("Then yesterday", "But on Friday").
func (p parsed) opensClause(k int) bool {
	for ; k > 0; k-- {
		prev := p.word(k - 1)
		switch prev.Form {
		case ";", ":", "--", "—", "–":
			return true
		}
		if k-1 > 0 {
			return false
		}
		switch strings.ToLower(prev.Form) {
		case "then", "and", "but", "so", "also", "later", "earlier", "yet":
			return true
		}
		return false
	}
	return true
}

// canHeadClause reports whether word w is of a kind that can head a
// clause: not a symbol, a number or punctuation, which a parse sometimes
// makes a clause of its own ("2.5%" as a parataxis).
func (p parsed) canHeadClause(w int) bool {
	switch p.word(w).UPOS {
	case "SYM", "NUM", "PUNCT", "X":
		return false
	}
	return true
}

// undoFrontedDay takes back the date an event took, before the dating,
// from a time that withFrontedTimes moved to another clause (before is
// the sentence as parsed, after as re-hung): "Norbank will print 2
// million shares; last week, the lender had 40 million" is not a printing
// of last week. An event of the clause the time now hangs on keeps it.
func (x *extractor) undoFrontedDay(before, after parsed, pl placed) {
	ev := &x.res.Events[pl.event]
	for i, c := range before.txs {
		v := after.txs[i].att
		if v != c.att && v == pl.word && after.word(v).UPOS == "NOUN" {
			ev.When = x.when(c.ref) // the noun a second time was moved to (see nounOfSecondTime)
			return
		}
	}
	if ev.When == nil {
		return
	}
	for i, c := range before.txs {
		v := after.txs[i].att
		tx := x.timexes[c.ref]
		if v == c.att || tx.Text != ev.When.Text || tx.Value != ev.When.Value {
			continue
		}
		if v >= 0 && (pl.word == v || after.above(v, pl.word) || after.datesThrough(pl.word, v)) {
			return
		}
		ev.When = nil
		return
	}
}

// timexWords returns the first and last words that time expression ref
// covers, or -1, -1 when no word lies inside it.
func (p parsed) timexWords(ref int) (first, last int) {
	tx := p.x.timexes[ref]
	first, last = -1, -1
	for k := range p.s.Words {
		if w := p.word(k); w.Start >= tx.Start && w.End <= tx.End {
			if first < 0 {
				first = k
			}
			last = k
		}
	}
	return first, last
}
