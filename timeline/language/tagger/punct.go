package tagger

import (
	"strings"
	"unicode"
)

// wordNotPunct retags a word with a letter in it that was read as
// punctuation, which no treebank word with a letter is: "The arrest took
// place two days after the vote" read place as a symbol, and the parse
// then hung the rest of the sentence on it. The word takes the best class
// of the first pass's scores that is not punctuation. A word the tag
// dictionary settles keeps its tag.
func (t *Tagger) wordNotPunct(words []string) {
	for i, w := range words {
		if t.m.classes[t.cls[i+2]-1].UPOS != "PUNCT" || !hasLetter(w) {
			continue
		}
		if e := t.exact[i+2]; e >= 0 && t.m.lex.entries[e].tag >= 0 {
			continue
		}
		t.chooseClass(i, t.m.tags, false)
		best := -1
		for c, s := range t.scores {
			if t.m.classes[c].UPOS != "PUNCT" && (best < 0 || s > t.scores[best]) {
				best = c
			}
		}
		if best >= 0 {
			t.cls[i+2] = int32(best + 1)
		}
	}
}

// nounAfterTo retags as a bare verb a singular noun right after the "to"
// of an infinitive, which the tagger itself read as one (TO) and which no
// noun follows, when training saw the word as a verb or WordNet has it as
// one: "decided to fire the manager" read fire as a noun, and the
// dismissal was lost.
func (t *Tagger) nounAfterTo(words []string) {
	if t.m.bare == 0 {
		return
	}
	for i := 1; i < len(words); i++ {
		if t.xpos(i-1) != "TO" || t.xpos(i) != "NN" {
			continue
		}
		if t.low = appendLower(t.low[:0], words[i]); t.seenAsVerb(i) || wnClass(t.low)&wnVerb != 0 {
			t.retag(i, t.m.bare)
		}
	}
}

// nounAfterModal retags as a bare verb a singular noun after a modal and
// any adverbs, when training saw it as a verb or WordNet has it as one
// and neither a verb nor a noun follows it, as one would in a question
// ("can anyone tell", "will diplomacy work"): "could star in a sequel"
// read star as a noun and lost the clause.
func (t *Tagger) nounAfterModal(words []string) {
	if t.m.bare == 0 {
		return
	}
	for i := 1; i < len(words); i++ {
		if t.xpos(i) != "NN" {
			continue
		}
		m := i - 1
		for m > 0 && t.xpos(m) == "RB" {
			m--
		}
		if t.xpos(m) != "MD" {
			continue
		}
		if i+1 < len(words) {
			if x := t.xpos(i + 1); x != "" && (x[0] == 'V' || x[0] == 'N') {
				continue
			}
		}
		if t.low = appendLower(t.low[:0], words[i]); t.seenAsVerb(i) || wnClass(t.low)&wnVerb != 0 {
			t.retag(i, t.m.bare)
		}
	}
}

// infinitiveTo retags as an infinitive a "to" read as a preposition and
// the singular noun after it as a bare verb, when training or WordNet
// knows the noun as a verb and an object's determiner or pronoun follows
// it: "ordered its airlines to ground all 737 MAX jets" had the airlines
// sent to the ground, and no grounding. A figure after it ("promoted to
// captain four years ago"), "to date" and "from time to time" stay. So
// does a name written in lower case there, which a name never is: "planned
// to sue the auditor" read sue as the name Sue.
func (t *Tagger) infinitiveTo(words []string) {
	if t.m.bare == 0 || t.m.infinitive == 0 {
		return
	}
	for i := 1; i+1 < len(words); i++ {
		if x := t.xpos(i); x != "NN" && (x != "NNP" || !startsLower(words[i])) || t.xpos(i-1) != "IN" && t.xpos(i-1) != "TO" || !strings.EqualFold(words[i-1], "to") ||
			strings.EqualFold(words[i], "date") || i > 1 && strings.EqualFold(words[i], words[i-2]) {
			continue
		}
		if x := t.xpos(i + 1); x != "DT" && x != "PDT" && x != "PRP$" && x != "PRP" {
			continue
		}
		if t.low = appendLower(t.low[:0], words[i]); t.seenAsVerb(i) || wnClass(t.low)&wnVerb != 0 {
			t.retag(i-1, t.m.infinitive)
			t.retag(i, t.m.bare)
		}
	}
}

// startsLower reports whether w opens with a lower-case letter.
func startsLower(w string) bool { return w != "" && 'a' <= w[0] && w[0] <= 'z' }

func hasLetter(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}
