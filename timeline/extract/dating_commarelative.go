package extract

// afterRelative returns the predicate above the relative clause att that
// a time expression, headed by word top and starting at byte start, is
// set off from by a comma when the relative clause itself opened with
// one; else -1. A clause told between commas is an aside, and a time
// after its closing comma goes back to the sentence it interrupts ("the
// index, which fell 1.4%, or 6.43, on Friday, to 437.68": the sentence
// is Friday's), the other side of closingRelative; whether the parse
// hangs the time on the relative verb or on the verb above then no
// longer moves the day.
func (p parsed) afterRelative(att, top, start int) int {
	if att < 0 || p.word(att).Deprel != "acl:relcl" || p.word(att).UPOS != "VERB" || p.head(top) != att {
		return -1
	}
	prev := -1 // the last word before the expression, past its preposition
	for k := range p.s.Words {
		if p.word(k).End <= start && !(under(p.s.Words, k, top) && p.word(k).Deprel == "case") {
			prev = k
		}
	}
	first := att // the relative clause's first word, past the comma the parse may give it
	for k := range att {
		if under(p.s.Words, k, att) && p.word(k).UPOS != "PUNCT" {
			first = k
			break
		}
	}
	if prev < 0 || prev == first-1 || p.word(prev).Form != "," || first == 0 || p.word(first-1).Form != "," {
		return -1
	}
	for w, hops := p.head(att), 0; w >= 0 && hops < len(p.s.Words); w, hops = p.head(w), hops+1 {
		if p.isPredicate(w) || p.word(w).UPOS == "VERB" {
			return w
		}
	}
	return -1
}
