package actor

import (
	"strings"

	wn "github.com/storyline/storyline/timeline/lexicon"
)

// A body speaks of itself as "it": "Orbis Dynamics said it would cut
// jobs". These read the pronoun after a verb of saying, past an aside
// between the verb and what was said (bodyCue).

// neuterSelf is neuterSpeaker for the pronoun right after the verb of
// saying, or after its "that": "Walgreens said it would", not "Vell said
// Orbis would sell its stake", whose "its" is Orbis's.
func (s *sentence) neuterSelf(k int) bool {
	k = s.pastAside(k)
	if s.word(k) && s.str(k) == "that" {
		k++
	}
	if !s.word(k) || s.lower(k) != "it" && s.lower(k) != "its" {
		return false
	}
	return s.neuterSpeaker(k)
}

// pastAside returns the "that" after a phrase of time, place or manner
// set between a verb of saying and what was said ("said in an open
// letter to its supporters that it had", "said later that"), or k when
// none is there. A name inside the phrase may own what follows ("said in
// Oslo that"), so a capitalised word other than a day's ends the search.
func (s *sentence) pastAside(k int) int {
	if !s.word(k) || !asideOpeners[s.lower(k)] {
		return k
	}
	for j := k + 1; j < min(len(s.toks), k+10) && s.word(j); j++ {
		switch w := s.lower(j); {
		case w == "that", w == "it":
			return j // "said in a statement it would"
		case s.toks[j].is(tCap) && !s.has(lStop, j), w == "he", w == "she", w == "they":
			return k
		}
	}
	return k
}

// asideOpeners open a phrase between a verb of saying and its "that".
var asideOpeners = map[string]bool{"in": true, "on": true, "at": true, "to": true, "during": true, "after": true,
	"before": true, "via": true, "through": true, "with": true, "later": true, "earlier": true, "again": true,
	"also": true, "separately": true, "previously": true}

// namedInFull reports whether the text writes the word at i beside
// another capitalised word, as a surname is beside a given name ("Kay
// Walgreens", "Koh Dong-jin").
func (s *sentence) namedInFull(i int) bool {
	w := s.str(i)
	for from := 0; ; {
		k := strings.Index(s.text[from:], w)
		if k < 0 {
			return false
		}
		at := from + k
		from = at + len(w)
		if at > 0 && isLetter(s.text[at-1]) || from < len(s.text) && isLetter(s.text[from]) {
			continue // inside a longer word
		}
		if capitalAt(s.text, from+1) && from < len(s.text) && s.text[from] == ' ' && !s.thingAfter(from+1) {
			return true // "Koh Dong-jin"
		}
		if at > 1 && s.text[at-1] == ' ' {
			j := strings.LastIndexAny(s.text[:at-1], " \n\"“(") + 1
			if prev := s.text[j : at-1]; capitalAt(prev, 0) && !strings.ContainsAny(prev, ".,;:") && !determiners[strings.ToLower(prev)] &&
				s.g.lexOf(prev)&(lStop|lLocPrep) == 0 {
				return true // "Kay Walgreens", "Changpeng Zhao"
			}
		}
	}
}

// thingAfter reports whether the capitalised word at offset at is a
// common noun of a made thing or a body, no given name ("the Colonial
// Pipeline", "Walgreens Boots Alliance"), or opens a run of capitalised
// words ending in a body's word ("Meridian Health Group"): the word
// before it names a business there, not a person by a name in full.
func (s *sentence) thingAfter(at int) bool {
	end := at
	for end < len(s.text) && isLetter(s.text[end]) {
		end++
	}
	w := s.text[at:end]
	if s.g.isGiven(w) {
		return false
	}
	if countryBodyNouns[wn.NounClass(strings.ToLower(w))] {
		return true
	}
	// "Meridian Health Group": the capitalised run ends in a body's word,
	// so the word before it opens the body's name.
	last := w
	for end+1 < len(s.text) && s.text[end] == ' ' && capitalAt(s.text, end+1) {
		k := end + 1
		for end = k; end < len(s.text) && isLetter(s.text[end]); end++ {
		}
		last = s.text[k:end]
	}
	return s.g.lexOf(last)&lOrgHead != 0 || fieldHeads[strings.ToLower(last)]
}

// neuterSpeaker reports whether the first personal pronoun of the words
// said, from token k, is "its" or "it" as the subject of a plan: "Orbis
// Dynamics said on Monday that it would cut jobs". A person says "he" or
// "she"; "it was" may be said of anything, and "said it" is an object.
func (s *sentence) neuterSpeaker(k int) bool {
	for j := k; j < min(len(s.toks), k+8); j++ {
		if !s.word(j) {
			if s.punct(j, ',') {
				continue
			}
			return false
		}
		switch s.lower(j) {
		case "he", "she", "his", "her", "they", "their", "i", "we":
			return false
		case "its":
			return s.word(j + 1)
		case "it":
			return s.word(j+1) && neuterVerbs[s.lower(j+1)]
		}
	}
	return false
}

// neuterVerbs follow "it" as the subject of what a body plans or did.
var neuterVerbs = map[string]bool{"would": true, "will": true, "had": true, "has": true, "could": true, "can": true,
	"should": true, "might": true, "may": true, "must": true, "plans": true, "planned": true, "intends": true,
	"intended": true, "expects": true, "expected": true, "did": true, "does": true, "aims": true, "hopes": true,
	"hoped": true, "continued": true, "continues": true, "believes": true, "believed": true}
