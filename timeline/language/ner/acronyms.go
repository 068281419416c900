package ner

import (
	"unicode"
	"unicode/utf8"
)

// acronyms labels a word in capitals between brackets right after an
// organisation's or a place's name with the name's type, when its letters
// are initials of the name's words in order: "the Housing Authority of
// New Orleans ( HANO )", "the Department of Housing and Urban Development
// ( HUD )". The model, which has seen few such words, leaves most of them
// out; named once, the acronym then stands for the name in the rest of
// the document (NewDocument, Harmonize). A word that is no such initials
// ("Northwind Bank ( NASDAQ )") keeps its label.
func acronyms(classes []int, ws []word, words []string) {
	for i := 2; i+2 < len(ws) && i+2 < len(words); i++ {
		if words[i] != "(" || words[i+2] != ")" || ws[i+1].caps != capsAll || classes[i+1] != lO {
			continue
		}
		c := classes[i-1]
		if c != lBORG && c != lIORG && c != lBLOC && c != lILOC {
			continue
		}
		b := i - 1
		for b > 0 && isInside(classes[b]) {
			b--
		}
		if initialsOf(words[i+1], words[b:i]) {
			classes[i+1] = c - 1 + c%2 // the B- of the name's type
		}
	}
}

// initialsOf reports whether acr, two letters or more and letters alone,
// is the first letters of some of name's capitalised words, in order.
func initialsOf(acr string, name []string) bool {
	if utf8.RuneCountInString(acr) < 2 || len(name) < 2 {
		return false
	}
	k := 0
	for _, r := range acr {
		if !unicode.IsLetter(r) {
			return false
		}
		for k < len(name) && firstRune(name[k]) != r {
			k++
		}
		if k == len(name) {
			return false
		}
		k++
	}
	return true
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
