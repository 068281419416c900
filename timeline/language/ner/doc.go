// Package ner is Storyline's named-entity recogniser: it labels each word
// of a tagged sentence O or B-/I- of PER (people), ORG (organisations),
// LOC (countries, cities, regions, facilities and other places) or GRP
// (nationalities, peoples, religions and parties used as names:
// "Russians", "Muslims", "Democrats").
//
// PER, ORG and LOC come from a structured averaged perceptron (Collins
// 2002) decoded by Viterbi over BIO labels, with only valid transitions
// allowed. A word's scores come from its own features (form, lower case,
// three-letter prefix, three- and four-letter suffixes, shape, XPOS,
// capitalisation against how often the word is capitalised away from the
// start of a sentence in the treebanks' text, the sentence's case style,
// its place in a run of capitalised words), its neighbours' (words and
// XPOS two either side, shapes one either side), an embedded gazetteer of
// general knowledge (data/gazetteer.txt: countries, cities, regions,
// organisations, given names and surnames, titles, and the cue words that
// end organisation and place names), and a few word pairs; label
// transitions are scored in all and by the capitalisation of the word.
// Per-word feature scores are cached in each Recognizer, so that a word
// seen recently costs a few table reads.
//
// It is trained on GUM's entity annotations (GUM train and dev; each
// person, organisation or place mention with a proper-noun head cut down
// to the name, titles and determiners left out, nested names giving way
// to the longest) and on Universal NER's English-EWT dev set, counted
// twice. GRP is a rule over an embedded list of group words
// (data/groups.txt), since no training data labels them: a capitalised
// ADJ, PROPN or NOUN of the list outside any other entity, or an entity
// made only of such words.
//
// Greedy left-to-right decoding with previous-label features was tried
// first: 5-fold cross-validation over UNER dev documents gave 71.1 F1
// against Viterbi's 72.4 with the same word features, and Viterbi runs
// fewer features per word.
//
// Scores, exact-span micro F1 over PER/ORG/LOC (conlleval), made by
// `go run ./timeline/language/train -only ner`:
//
//	held-out (epochs chosen here): UNER dev, a tenth of its documents   74.0 (PER 75.7, ORG 67.2, LOC 78.0)
//	                               GUM dev                               75.0 (PER 79.5, ORG 61.0, LOC 76.6)
//	UNER English-EWT test, gold UPOS/XPOS:   P 72.2  R 69.0  F1 70.6
//	                        PER  P 77.4  R 83.1  F1 80.1
//	                        ORG  P 62.8  R 44.7  F1 52.2
//	                        LOC  P 71.0  R 73.5  F1 72.3
//	UNER English-EWT test, tags from the tagger package (UPOS 95.6):  P 69.0  R 66.0  F1 67.4
//
// The published XLM-R large, trained on UNER English-EWT train (not
// available here), reports 86.0 on the same test set.
package ner
