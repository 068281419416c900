package tagger

import (
	"bytes"

	wn "github.com/storyline/storyline/timeline/lexicon"
)

// WordNet classes stand in for the ambiguity class of a word the training
// data saw too rarely to give it one: whether WordNet knows the word as a
// noun or a verb, as it is written or once an inflection is stripped
// ("pixels" a plural noun, "cooked" a past verb, "Foley" nothing). About
// a fifth of the tagger's errors are such words; with these classes UPOS
// on gold words rose on EWT dev 95.18 → 95.25 and on GUM dev 96.53 → 96.83.
const (
	wnNoun = 1 << iota
	wnNounInflected
	wnVerb
	wnVerbInflected
	wnSeen = 1 << 8 // marks the class apart from the lexicon's
)

// maxWNWord bounds the words looked up.
const maxWNWord = 30

// wnClass returns the WordNet class of a rare or unknown word, lowercased.
func wnClass(low []byte) uint64 {
	if len(low) < 3 || len(low) > maxWNWord {
		return wnSeen
	}
	var c uint64
	noun, verb := wn.PartsOfSpeech(low)
	if noun {
		c |= wnNoun
	}
	if verb {
		c |= wnVerb
	}
	if _, ok := irregularPast[string(low)]; ok {
		c |= wnVerbInflected
	}
	var buf [maxWNWord + 4]byte
	for _, r := range inflections {
		stem, ok := bytes.CutSuffix(low, r.suffix)
		if !ok || len(stem) < 2 {
			continue
		}
		noun, verb := wn.PartsOfSpeech(append(append(buf[:0], stem...), r.add...))
		if r.noun && noun {
			c |= wnNounInflected
		}
		if r.verb && verb {
			c |= wnVerbInflected
		}
	}
	return wnSeen | c
}

// inflections are the English endings WordNet's morphy strips.
var inflections = []struct {
	suffix, add []byte
	noun, verb  bool
}{
	{[]byte("s"), nil, true, true}, {[]byte("es"), nil, true, true}, {[]byte("ies"), []byte("y"), true, true},
	{[]byte("ed"), nil, false, true}, {[]byte("ed"), []byte("e"), false, true}, {[]byte("ied"), []byte("y"), false, true},
	{[]byte("ing"), nil, false, true}, {[]byte("ing"), []byte("e"), false, true},
	{[]byte("men"), []byte("man"), true, false},
}

// wordNetLemma checks the suffix rule r's lemma of a lowercase word the
// lexicon lacks against WordNet: when WordNet does not know it as a noun
// or verb of the word's part of speech but knows a form that an English
// inflection strips to ("chaired" is "chair", not the rule's "chaire"),
// that form is the lemma. ok is false when the rule's lemma stands.
func wordNetLemma(low []byte, r rule, upos string) (lemma string, ok bool) {
	noun := upos == "NOUN"
	if !noun && upos != "VERB" || len(low) > maxWNWord || int(r.strip) > len(low) {
		return "", false
	}
	var buf [maxWNWord + 4]byte
	known := func(w []byte) bool {
		n, v := wn.PartsOfSpeech(w)
		return noun && n || !noun && v
	}
	stem := append(append(buf[:0], low[:len(low)-int(r.strip)]...), r.add...)
	if !noun && closedSyllable(stem) && (inflects(low, stem, "ed") || inflects(low, stem, "ing")) {
		// A verb of one short closed syllable doubles its consonant
		// ("fin", "finned"), so "fined" is "fine", "hoped" is "hope"
		// (and "gripped" is "grip").
		if w := append(stem, 'e'); known(w) {
			return string(w), true
		}
	}
	if known(stem) {
		return "", false
	}
	for _, in := range inflections {
		stem, cut := bytes.CutSuffix(low, in.suffix)
		if !cut || len(stem) < 2 || noun && !in.noun || !noun && !in.verb {
			continue
		}
		if w := append(append(buf[:0], stem...), in.add...); known(w) {
			return string(w), true
		}
	}
	if !noun {
		// A verb doubles its last consonant before -ed and -ing
		// ("patrolled", "patrolling"), and a final c takes a k
		// ("panicked"), which morphy's endings do not undo.
		for _, suffix := range [][]byte{[]byte("ed"), []byte("ing")} {
			stem, cut := bytes.CutSuffix(low, suffix)
			if n := len(stem); cut && n >= 4 && (stem[n-1] == stem[n-2] || stem[n-2] == 'c' && stem[n-1] == 'k') {
				if w := append(buf[:0], stem[:n-1]...); known(w) {
					return string(w), true
				}
			}
		}
	}
	return "", false
}

// closedSyllable reports whether w is one syllable with a single short
// vowel before a single final consonant ("fin", "hop", "us"), which
// doubles before -ed and -ing; w, x and y never double.
func closedSyllable(w []byte) bool {
	vowel := func(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' }
	n := len(w)
	if n < 2 || vowel(w[n-1]) || w[n-1] == 'w' || w[n-1] == 'x' || w[n-1] == 'y' || !vowel(w[n-2]) {
		return false
	}
	for _, c := range w[:n-2] {
		if vowel(c) {
			return false // a second vowel: a longer syllable or two
		}
	}
	return true
}

// inflects reports whether word is stem followed by suffix.
func inflects(word, stem []byte, suffix string) bool {
	return len(word) == len(stem)+len(suffix) && bytes.HasPrefix(word, stem) && string(word[len(stem):]) == suffix
}
