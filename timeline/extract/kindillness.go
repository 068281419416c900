package extract

import (
	"strings"

	wn "github.com/storyline/storyline/timeline/lexicon"
)

// countsIllness reports whether noun n is cases of an illness: "cases of
// measles", "new cases of the virus".
func (p parsed) countsIllness(n int) bool {
	if !strings.EqualFold(p.word(n).Lemma, "case") {
		return false
	}
	for k := range p.s.Words {
		if p.head(k) != n || p.rel(k) != "nmod" || p.caseOf(k) != "of" {
			continue
		}
		// The form too: "measles" is no plural of a "measle".
		if wn.NounClass(strings.ToLower(p.word(k).Lemma)) == "state" || wn.NounClass(strings.ToLower(p.word(k).Form)) == "state" || strainName(p.joinedForm(k)) {
			return true
		}
	}
	return false
}

// joinedForm is word k with the words written on to it without a space,
// which the tokenizer may have split: "Covid-19" read as "Covid - 19".
func (p parsed) joinedForm(k int) string {
	end := k
	for end+1 < len(p.s.Words) && p.word(end+1).Start == p.word(end).End {
		end++
	}
	if p.x == nil || end == k {
		return p.word(k).Form
	}
	return p.x.doc.Text[p.word(k).Start:p.word(end).End]
}

// strainName reports whether a word is written as the name of a virus
// or its disease, letters and digits joined, which WordNet cannot know:
// "Covid-19", "H5N1", "SARS-CoV-2".
func strainName(form string) bool {
	letter, digit := false, false
	for _, r := range form {
		switch {
		case r >= '0' && r <= '9':
			digit = true
		case r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z':
			letter = true
		case r != '-':
			return false
		}
	}
	return letter && digit
}
