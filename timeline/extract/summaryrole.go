package extract

import "strings"

// roleComplement returns the office or state a verb of becoming or of
// appointing gives its subject, which its summary must keep: "Carl Dahl
// became prime minister", "Anna Berg was made foreign secretary", "was
// named chief executive", "was appointed as chief executive". Without it
// the summary tells nothing ("Carl Dahl became", "Anna Berg was made").
// The parse reads the office as an open complement (xcomp), as the object
// of a passive, or as a phrase with "as"; -1 when v has none.
func (p parsed) roleComplement(v int) int {
	if !roleVerbs[strings.ToLower(p.word(v).Lemma)] {
		return -1
	}
	passive := p.passive(v)
	for k := v + 1; k < len(p.s.Words); k++ {
		if p.head(k) != v || p.word(k).UPOS != "NOUN" || p.inTimex(k) {
			continue
		}
		switch {
		case p.word(k).Deprel == "xcomp",
			passive && p.word(k).Deprel == "obj",
			p.rel(k) == "obl" && p.caseOf(k) == "as":
			return k
		}
	}
	return -1
}

// roleVerbs are the verbs whose complement is the office or state their
// subject comes to hold.
var roleVerbs = set("become remain make name appoint elect choose select nominate install crown promote")

// withRole appends the office verb v gives to a summary's parts, unless
// they end with it already.
func (p parsed) withRole(parts []string, v int) []string {
	k := p.roleComplement(v)
	if k < 0 {
		return parts
	}
	np := p.officePhrase(k)
	if p.rel(k) == "obl" {
		np = "as " + np
	}
	if len(parts) > 0 && strings.HasSuffix(parts[len(parts)-1], np) {
		return parts
	}
	return append(parts, np)
}

// officePhrase is the office noun k with the words before it that hang
// on it, a possessor's determiner too ("the company's largest
// shareholder", where the noun's own phrase starts at "company's"),
// clipped as a summary's arguments are.
func (p parsed) officePhrase(k int) string {
	lo, hi := p.phraseSpan(k)
	for lo > 0 && under(p.s.Words, lo-1, k) && p.word(lo-1).UPOS != "PUNCT" {
		lo--
	}
	lo = max(lo, hi-maxPhraseWords+1)
	return p.x.doc.Text[p.word(lo).Start:p.word(hi).End]
}

// officeAfter returns the office a passive of appointing names after its
// verb, for the lexicon's summary: "Eva Falk was appointed chief
// executive on Monday", "was named as interim chief executive"; "" when
// a preposition, a time or a clause follows instead ("was named in a
// lawsuit").
func (s *sentence) officeAfter(c *cand) string {
	i := c.t.last + 1
	if wordAt(s.toks, i) == "as" {
		i++
	}
	end := i
	for end < len(s.toks) && end < i+maxPhraseWords {
		t := s.toks[end]
		if t.kind != tWord || t.has(cClause) || t.has(cAux) || t.has(cPrep) && (t.low != "of" || end == i) {
			break
		}
		end++
	}
	for end > i && trailingWord(s.toks[end-1].low) {
		end--
	}
	if end == i {
		return ""
	}
	if i > c.t.last+1 {
		return "as " + s.render(i, end)
	}
	return s.render(i, end)
}
