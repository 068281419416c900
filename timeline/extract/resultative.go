package extract

import "strings"

// "The strike has left commuters stranded", "a crisis that has left
// workers unpaid", "leaving the government without a majority": "leave"
// with the state its object ends in tells what a cause did to someone,
// not anyone going away. WordNet's first sense of the verb is departing,
// which made these movements, and the summary stopped at the object
// ("The strike has left commuters").

// leftState returns the word that tells the state verb v, a "leave",
// leaves its object in: an adjective or participle right after the
// object ("workers unpaid", "commuters stranded"), or a "without" phrase
// ("the government without a majority"); -1 when v leaves a place or a
// post ("left the company in 2020"). A state the parse hangs on the verb
// itself ("left thousands homeless") is read by nameFor.
func (p parsed) leftState(v int) int {
	if !strings.EqualFold(p.word(v).Lemma, "leave") {
		return -1
	}
	o := -1
	for k := range p.s.Words {
		if p.head(k) == v && p.word(k).Deprel == "obj" {
			o = k
			break
		}
	}
	if o < 0 {
		return -1
	}
	if s := o + 1; s < len(p.s.Words) && p.head(s) == o {
		w := p.word(s)
		if w.UPOS == "ADJ" && w.Deprel == "amod" || w.XPOS == "VBN" && w.Deprel == "acl" {
			return s // "workers unpaid", "commuters stranded"
		}
	}
	for k := o + 1; k < len(p.s.Words); k++ {
		if p.head(k) == v && p.rel(k) == "obl" && p.caseOf(k) == "without" {
			return k // "leaving the government without a majority"
		}
	}
	return -1
}

// leftStatePhrase returns the words of the state verb v leaves its object
// in, for a summary: "unpaid", "stranded", "without a majority"; "" for
// none.
func (p parsed) leftStatePhrase(v int) string {
	k := p.leftState(v)
	switch {
	case k < 0:
		return ""
	case p.rel(k) == "obl":
		// Up to the noun only, and short of a time the parse took
		// into the phrase: "without a majority days before the vote".
		var b strings.Builder
		for j := k - 1; j >= 0 && p.head(j) == k; j-- {
			if p.word(j).Deprel == "case" {
				for ; j <= k && !p.inTimex(j); j++ {
					if b.Len() > 0 {
						b.WriteByte(' ')
					}
					b.WriteString(p.word(j).Form)
				}
				break
			}
		}
		return b.String()
	}
	return strings.ToLower(p.word(k).Form)
}
