package ner

import (
	"unsafe"

	wn "github.com/storyline/storyline/timeline/lexicon"
)

// maxWNWord bounds the words looked up in WordNet.
const maxWNWord = 30

// wnClass returns the hash of the WordNet lexicographer class of the
// lowercased word's first noun sense ("person", "location", "group",
// "artifact"), or 0 when WordNet has no such noun. The class of a
// neighbour says what kind of thing a name beside it may be ("the
// company Carr Futures", "a town called Hope"), which the word itself
// says only for words seen in training.
func wnClass(low []byte) uint64 {
	if len(low) < 2 || len(low) > maxWNWord {
		return 0
	}
	for _, c := range low {
		if c < 'a' || c > 'z' {
			return 0
		}
	}
	// The lexicon keeps no reference to the string, so it may share buf.
	c := wn.NounClass(unsafe.String(&low[0], len(low)))
	if c == "" {
		return 0
	}
	return hashString(c)
}
