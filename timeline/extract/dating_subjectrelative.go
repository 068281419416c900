package extract

// subjectRelativeTime reports whether the time expression headed by word
// top lies in a relative clause of the subject of clause v, told in the
// past perfect: "The jet that crashed on Sunday had arrived in the
// capital". The main verb looks back from the relative clause's day to
// one before it, told or not. In the simple past the two are as often one
// occasion ("Officers who searched the flat on Friday night found
// guns"), a progressive relative is at the time of what befell its noun
// ("a woman who was walking home on Friday was struck"), and a relative
// of an object may tell the verb's own deed ("arrested a man who
// attacked a guard on Sunday"): all keep the date.
func (p parsed) subjectRelativeTime(top, v int) bool {
	if p.tense(v) != pluperfect {
		return false
	}
	rel := -1
	for k, hops := top, 0; k >= 0 && hops < len(p.s.Words); k, hops = p.head(k), hops+1 {
		if p.head(k) == v {
			return rel >= 0 && p.rel(k) == "nsubj" && k < v
		}
		if p.word(k).Deprel == "acl:relcl" && p.word(k).XPOS != "VBG" {
			rel = k
		}
	}
	return false
}

// participleTime reports whether the time expression ref hangs on a
// participle that modifies a noun of clause v ("quashed the decision
// made last Thursday", see closingRelative): the time is the
// participle's, told to say which decision is meant, not v's.
func (p parsed) participleTime(ref, v int) bool {
	for _, c := range p.txs {
		if c.ref != ref || c.att < 0 || c.att == v {
			continue
		}
		// The participle's own phrase only: "a computer based on the
		// chip early next year" is the parse hanging the shipping's year
		// on the chip.
		return p.objectParticiple(c.att, v) && (p.head(c.top) == c.att || p.wordJustBefore(p.x.timexes[ref].Start) == c.att)
	}
	return false
}

// objectParticiple reports whether word k is a participle that modifies
// the object of verb v: "quashed the decision made last Thursday", or a
// noun an oblique of v is of: "blocked the ban in response to a lawsuit
// filed on Saturday" (not the occasion v took place at: "arrested at
// the end of a rally held on Saturday"). One on the subject tells how it
// came to act, often on the same day ("The warrant issued Monday charged
// him with murder").
func (p parsed) objectParticiple(k, v int) bool {
	w := p.word(k)
	if w.XPOS != "VBN" || w.Deprel != "acl" {
		return false
	}
	n := p.head(k)
	for hops := 0; n >= 0 && hops < 4; hops++ {
		if p.head(n) == v {
			switch p.rel(n) {
			case "obj":
				return true
			case "obl":
				// Only through a noun of the oblique: the one v took
				// place in ("killed in a raid carried out on Sunday")
				// is as often of its day.
				return hops > 0 && p.caseOf(n) != "at" && p.caseOf(n) != "during"
			}
			return false
		}
		if p.rel(n) != "nmod" || p.caseOf(n) == "of" {
			// "received the first report of people trapped at 22:15":
			// what the noun is of may be the verb's own news.
			return false
		}
		n = p.head(n)
	}
	return false
}
