package language

import (
	"strings"

	"github.com/storyline/storyline/timeline/language/tagger"
	"github.com/storyline/storyline/timeline/language/tokenize"
	"github.com/storyline/storyline/timeline/lexicon"
)

// nounBeforeVerb mends a tag the parser cannot get past: "the missing
// OceanGate Titan submersible came to a tragic end" had submersible an
// adjective, so the phrase had no noun and the parse made "missing" the
// subject and "came" a relative clause on the search. An adjective right
// after a name and right before a finite verb ends that noun phrase,
// which an adjective cannot: it is the phrase's noun (the treebanks hold
// one such adjective, "The new NCL Epic does sound amazing", a name),
// unless it says when or how the subject acted ("Putin alone decides";
// after a common noun that is most of them: "the two leaders last met").
// It runs before the parse, which reads the tags.
func nounBeforeVerb(forms []string, tags []tagger.Analysis) {
	for i := 1; i+1 < len(tags); i++ {
		if tags[i].UPOS != "ADJ" || tags[i-1].UPOS != "PROPN" || !finite(tags[i+1].XPOS) || lowerIn(adverbialAdjectives, forms[i]) {
			continue
		}
		tags[i] = tagger.Analysis{UPOS: "NOUN", XPOS: "NN", Lemma: strings.ToLower(forms[i]), Feats: "Number=Sing"}
	}
}

// adverbialAdjectives are adjectives that also say when or how a subject
// acted.
var adverbialAdjectives = map[string]bool{
	"last": true, "first": true, "alone": true, "early": true, "late": true,
	"long": true, "only": true, "together": true, "next": true, "later": true,
}

// titleVerb mends a verb that opens a title of the form "X of Y" inside a
// sentence: "the creator of video games Call of Duty and World of
// Warcraft" had Call a verb, which the parse made the sentence's root. A
// capitalised verb within a sentence that is not itself in title case,
// after no quotation mark, colon, dash or bracket that may open a clause,
// and followed by "of" and a capitalised word, is a name's first word
// (the treebanks hold none of them as a verb).
func titleVerb(forms []string, tags []tagger.Analysis) {
	if tagger.TitleCase(forms) {
		return
	}
	for i := 1; i+2 < len(forms); i++ {
		f := forms[i]
		if tags[i].UPOS != "VERB" || !upperInitial(f) || strings.ToUpper(f) == f || forms[i+1] != "of" || !upperInitial(forms[i+2]) {
			continue
		}
		switch forms[i-1] {
		case `"`, "“", "‘", ":", "(", "-", "—", "–", "--":
			continue
		}
		tags[i] = tagger.Analysis{UPOS: "PROPN", XPOS: "NNP", Lemma: f, Feats: "Number=Sing"}
	}
}

// upperInitial reports whether s opens with a capital ASCII letter.
func upperInitial(s string) bool { return s != "" && 'A' <= s[0] && s[0] <= 'Z' }

// personNoun mends an office read as an adjective where nothing follows
// for it to qualify: "Delta's chief executive, Ed Bastian, apologised" had
// executive an adjective (the treebanks hold "chief executive officer",
// never the British "chief executive" alone), so the phrase had no noun
// and the parse made the name a conjunct and the office a clause. An
// adjective whose noun names a person in WordNet ("executive",
// "official", "representative"), after a determiner, a possessive or
// another adjective and before no word it could qualify or share, is that
// noun. Adjectives whose nouns name groups ("the rich", "the wounded")
// stay, as do nationalities ("the British", which the treebanks make
// names) and "same" (whose noun is a people).
func personNoun(forms []string, tags []tagger.Analysis) {
	for i := 1; i < len(tags); i++ {
		if tags[i].UPOS != "ADJ" || tags[i].XPOS != "JJ" {
			continue
		}
		switch tags[i-1].UPOS {
		case "DET", "ADJ", "PART":
		case "PRON":
			if tags[i-1].XPOS != "PRP$" {
				continue
			}
		default:
			continue
		}
		if i+1 < len(tags) {
			switch tags[i+1].UPOS {
			case "NOUN", "PROPN", "ADJ", "NUM", "X", "SYM", "CCONJ":
				continue
			}
			if next := forms[i+1]; next == "-" || next == "," && i+2 < len(tags) && tags[i+2].UPOS == "ADJ" {
				continue // "native-like", "a private, tiny room"
			}
		}
		lemma := forms[i]
		if upperInitial(lemma) || lemma == "same" || lexicon.NounClass(lemma) != "person" {
			continue
		}
		tags[i] = tagger.Analysis{UPOS: "NOUN", XPOS: "NN", Lemma: lemma, Feats: "Number=Sing"}
	}
}

// hyphenatedName mends the second half of a hyphenated surname read as a
// verb: "Sam Bankman-Fried was arrested" had Fried a verb, which the
// parse made a clause. A capitalised word joined by a hyphen, with no
// space on either side, to a name is the name's (186 of the 198 such
// words in EWT and GUM train; one a verb).
func hyphenatedName(words []tokenize.Word, forms []string, tags []tagger.Analysis) {
	for i := 2; i < len(tags); i++ {
		if tags[i].UPOS != "VERB" || forms[i-1] != "-" || tags[i-2].UPOS != "PROPN" || !upperInitial(forms[i]) {
			continue
		}
		if words[i-2].End != words[i-1].Start || words[i-1].End != words[i].Start {
			continue
		}
		tags[i] = tagger.Analysis{UPOS: "PROPN", XPOS: "NNP", Lemma: forms[i], Feats: "Number=Sing"}
	}
}

// listedName mends the last name of a list read as a verb: "Delta and
// United ordered a ground stop" had United a verb (as in "United States",
// which the treebanks tag so), and the list lost its last member. A
// capitalised verb after "and", "or" or a comma that follows a name, and
// right before a finite verb, is a name (the treebanks hold no such verb).
func listedName(forms []string, tags []tagger.Analysis) {
	for i := 2; i+1 < len(tags); i++ {
		f := forms[i]
		if tags[i].UPOS != "VERB" || !upperInitial(f) || strings.ToUpper(f) == f || !finite(tags[i+1].XPOS) || tags[i-2].UPOS != "PROPN" {
			continue
		}
		switch forms[i-1] {
		case "and", "or", ",":
			tags[i] = tagger.Analysis{UPOS: "PROPN", XPOS: "NNP", Lemma: f, Feats: "Number=Sing"}
		}
	}
}
