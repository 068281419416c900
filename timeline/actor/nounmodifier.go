package actor

import (
	"strings"

	wn "github.com/storyline/storyline/timeline/lexicon"
)

// A verb of saying makes a lone capitalised word its speaker or hearer
// ("said Vell", "told Vell that"). But the hearer may be a noun phrase the
// word only modifies: "told Denver radio stations", "told Kessel
// officials", where the word is a place or a body and the nouns after it
// are the people told.

// modifiesPlural reports whether the words from token k on are lower-case
// nouns, at most three, that end in a plural noun before a stop word, an
// auxiliary or punctuation: "radio stations that", "officials.", "users
// should". Such a noun phrase is what the capitalised words before it
// modify, so that they are no person. A time noun ("told Vell
// yesterday") is no plural.
func (s *sentence) modifiesPlural(k int) bool {
	for stop := k + 3; k < stop; k++ {
		if !s.word(k) || s.toks[k].is(tCap) || s.has(lStop|lSpeech, k) {
			return false
		}
		w := s.lower(k)
		if irregularVerbs[w] {
			return false // "said Vell was cited": "was" is no plural of "wa"
		}
		stem, plural := strings.CutSuffix(w, "s")
		plural = plural && len(stem) >= 3 && !strings.HasSuffix(stem, "s") && isNoun(stem)
		if !plural && !isNoun(w) {
			return false
		}
		if plural && (!s.word(k+1) || s.has(lStop|lSpeech, k+1) || auxiliaries[s.lower(k+1)]) {
			return true
		}
	}
	return false
}

// isNoun reports whether WordNet knows the lower-case w as a noun.
func isNoun(w string) bool {
	noun, _ := wn.PartsOfSpeech([]byte(w))
	return noun
}

// sourceOfNoun reports whether the name at token i follows "from" or "at"
// after a lower-case noun: "a statement from Waitrose said", "a
// spokeswoman at Calder Mutual said". The noun is then who speaks and the
// name where it comes from, a body or a place, so the verb of saying makes
// no person of it ("a friend of Vell said" still may: "of" and "for" name
// whom a lawyer or friend serves, often a person).
func (s *sentence) sourceOfNoun(i int) bool {
	if !s.word(i-1) || !s.word(i-2) || s.toks[i-2].is(tCap) {
		return false
	}
	switch s.lower(i - 1) {
	case "from", "at":
	default:
		return false
	}
	w := s.lower(i - 2)
	return !s.has(lStop|lSpeech, i-2) && !irregularVerbs[w] && isNoun(w)
}

// pluralSpeechNoun reports whether the verb of saying at k is also a
// plural noun ("states", "reports", "claims"): after a determiner and a
// modifier ("the neighbouring Gulf states") the name before it modifies
// that noun and speaks no word; "said" or "told" is never a noun.
func (s *sentence) pluralSpeechNoun(k int) bool {
	stem, ok := strings.CutSuffix(s.lower(k), "s")
	return ok && s.has(lSpeech, k) && len(stem) >= 3 && isNoun(stem)
}
