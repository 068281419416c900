package tagger

import (
	"bytes"
	"strings"
)

// The repairs below run after the perceptrons have chosen the classes
// (Tag), on what the treebanks rarely show and news ledes often do.

// placePreposition retags "outside" or "inside" read as an adjective
// between a verb and a noun phrase as the preposition it is there
// ("Thousands rallied outside parliament" had an outside parliament, and
// the rally no place).
func (t *Tagger) placePreposition(words []string) {
	for i := 1; i+1 < len(words); i++ {
		if t.xpos(i) != "JJ" || !strings.EqualFold(words[i], "outside") && !strings.EqualFold(words[i], "inside") || !strings.HasPrefix(t.xpos(i-1), "VB") ||
			!objectStart[t.xpos(i+1)] && t.xpos(i+1) != "NNP" {
			continue
		}
		t.retag(i, t.m.prep)
	}
}

// barePast retags as a past verb a base form right after a singular
// subject, with nothing before it in its clause that takes a base form (a
// modal, "to", "do"), when its past is the same word ("The minister quit
// after the scandal broke"): a singular subject takes no bare verb.
func (t *Tagger) barePast(words []string) {
	for i := 1; i < len(words); i++ {
		if t.xpos(i) != "VB" || !singularSubject[t.xpos(i-1)] || !t.lowerIn(samePast, words[i]) || t.finiteInClause(i, -1) {
			continue
		}
		t.retag(i, t.m.past)
	}
}

// singularSubject are the tags a singular subject ends with.
var singularSubject = map[string]bool{"NN": true, "NNP": true}

// adjectivePast retags as a past verb an irregular past tense read as an
// adjective right after a subject, with no finite verb before it in its
// clause ("Two armed men stole jewellery": a participle such as "stolen"
// is an adjective, a past tense is not).
func (t *Tagger) adjectivePast(words []string) {
	for i := 1; i < len(words); i++ {
		if t.xpos(i) != "JJ" || !subjectEnd[t.xpos(i-1)] || !t.lowerIn(pastTense, words[i]) || t.finiteInClause(i, -1) {
			continue
		}
		t.retag(i, t.m.past)
	}
}

// adverbPast retags as a past verb an irregular past tense read as an
// adverb right after a subject, in a clause with no finite verb on either
// side ("A dam on the river burst early on Wednesday" had burst as an
// adverb of early, and the sentence the dam as its root and no event).
func (t *Tagger) adverbPast(words []string) {
	for i := 1; i < len(words); i++ {
		if t.xpos(i) != "RB" || !subjectEnd[t.xpos(i-1)] || !t.lowerIn(pastTense, words[i]) && !t.lowerIn(samePast, words[i]) ||
			t.finiteInSubclause(words, i, -1) || t.finiteInClause(i, 1) {
			continue
		}
		t.retag(i, t.m.past)
	}
}

// nounPast retags as a past verb an irregular past tense read as a noun
// or an adjective after a noun or an adjective, in a clause with no
// finite verb before it ("Ostra Financial withdrew from the talks" had
// withdrew a noun, the subject of said at the end, and the withdrawal no
// event). "The spoke", "a bore" are nouns as well, which WordNet knows:
// such a word is retagged only where a noun could not stand, before the
// opening of an object in a clause with no finite verb after it either
// ("Two gunmen on Friday stole nearly all the cash": a stole).
func (t *Tagger) nounPast(words []string) {
	for i := 1; i < len(words); i++ {
		if x := t.xpos(i); x != "NN" && x != "NNP" || !subjectEnd[t.xpos(i-1)] && t.xpos(i-1) != "JJ" ||
			!t.lowerIn(pastTense, words[i]) || t.finiteInClause(i, -1) {
			continue
		}
		if t.low = appendLower(t.low[:0], words[i]); wnClass(t.low)&wnNoun != 0 &&
			(i+1 == len(words) || !pastObjectStart[t.xpos(i+1)] || t.finiteInClause(i, 1)) {
			continue
		}
		t.retag(i, t.m.past)
	}
}

// pastObjectStart are the tags that open an object, or the adverb before
// it, and never follow the head of a noun phrase: "stole nearly all the
// cash", "saw the damage"; not a noun ("rose petals") or a preposition
// ("a silk stole to the gala").
var pastObjectStart = map[string]bool{"DT": true, "PDT": true, "PRP$": true, "PRP": true, "RB": true}

// nounNotPronoun retags as a noun a pronoun after a determiner, an
// adjective or a noun that WordNet knows as a noun: "a coal mine", "the
// mine collapsed" (a possessive pronoun to the tagger, and the sentence
// lost its subject); "the decision was mine" keeps its pronoun.
func (t *Tagger) nounNotPronoun(words []string) {
	for i := 1; i < len(words); i++ {
		if t.xpos(i) != "PRP" || !nounOpeners[t.xpos(i-1)] && t.xpos(i-1) != "NN" {
			continue
		}
		// Short pronouns WordNet has as nouns name other things: "it"
		// (information technology), "he" (helium), "us".
		if t.low = appendLower(t.low[:0], words[i]); len(t.low) > 3 && wnClass(t.low)&wnNoun != 0 {
			t.retag(i, t.m.noun)
		}
	}
}

// pluralNotVerb retags as a plural noun a word read as a verb in -s that
// WordNet knows as a plural noun and not as a verb in any form ("over the
// Monte Escuro mountains a day earlier" read mountains as the verb of a
// clause of its own).
func (t *Tagger) pluralNotVerb(words []string) {
	if t.m.plural == 0 {
		return
	}
	for i := 1; i < len(words); i++ {
		if t.xpos(i) != "VBZ" || t.seenAsVerb(i) {
			continue
		}
		t.low = appendLower(t.low[:0], words[i])
		if c := wnClass(t.low); c&wnNounInflected != 0 && c&(wnVerb|wnVerbInflected) == 0 && c&wnNoun == 0 {
			t.retag(i, t.m.plural)
		}
	}
}

// nounBeforeOf retags as a noun an adjective that heads a noun phrase
// before "of", after a determiner or another adjective, when training or
// WordNet knows the word as a noun ("The chief executive of the company resigned" read
// chief executive as two adjectives, and the parse made "of" the mark of
// resigned and the company its subject).
func (t *Tagger) nounBeforeOf(words []string) {
	for i := 1; i+1 < len(words); i++ {
		if t.xpos(i) != "JJ" || !strings.EqualFold(words[i+1], "of") || !nounOpeners[t.xpos(i-1)] || t.lowerIn(partitives, words[i]) {
			continue
		}
		if t.low = appendLower(t.low[:0], words[i]); t.seenAsNoun(i) || wnClass(t.low)&wnNoun != 0 {
			t.retag(i, t.m.noun)
		}
	}
}

// partitives are adjectives that pick some of what follows "of" ("a few
// of them", "the first of the talks") and stay adjectives there.
var partitives = map[string]bool{"few": true, "many": true, "several": true, "much": true, "more": true, "most": true,
	"less": true, "least": true, "first": true, "last": true, "next": true, "same": true, "other": true, "latter": true, "former": true}

// nounOpeners are the tags of the words a noun phrase's head may follow.
var nounOpeners = map[string]bool{"DT": true, "PRP$": true, "JJ": true, "POS": true}

// seenAsVerb reports whether word i was seen in training as a verb.
func (t *Tagger) seenAsVerb(i int) bool {
	for _, r := range t.readings(i) {
		if u := t.m.classes[r.class].UPOS; u == "VERB" || u == "AUX" {
			return true
		}
	}
	return false
}

// seenAsNoun reports whether word i was seen in training as a singular
// noun.
func (t *Tagger) seenAsNoun(i int) bool {
	for _, r := range t.readings(i) {
		if t.m.noun != 0 && int32(r.class)+1 == t.m.noun {
			return true
		}
	}
	return false
}

// readings returns the classes training saw word i in, as written or in
// lower case, or nil for a word it did not see.
func (t *Tagger) readings(i int) []reading {
	e := t.exact[i+2]
	if e < 0 {
		e = t.lower[i+2]
	}
	if e < 0 {
		return nil
	}
	en := &t.m.lex.entries[e]
	return t.m.lex.readings[en.first:en.last]
}

// pluralSubject retags as a plural noun a word read as a verb in -s that
// has no subject, after a verb, a subordinator, a comma or a conjunction,
// and is followed by a verb of its own ("as winds eased", "expect winds to
// ease", "was struck by a driver, cops said"): a finite verb takes no
// second verb right after it, but a subject does.
func (t *Tagger) pluralSubject(words []string) {
	for i := 1; i+1 < len(words); i++ {
		if t.xpos(i) != "VBZ" || !subjectless[t.xpos(i-1)] || !verbOfSubject[t.xpos(i+1)] || t.m.plural == 0 {
			continue
		}
		t.low = appendLower(t.low[:0], words[i])
		if stem, ok := bytes.CutSuffix(t.low, []byte("s")); ok && len(stem) > 2 && wnClass(stem)&wnNoun != 0 {
			t.retag(i, t.m.plural)
		}
	}
}

// subjectless are the tags before which a verb in -s has no subject;
// verbOfSubject those of a verb right after a subject.
var (
	subjectless   = map[string]bool{"VB": true, "VBP": true, "VBD": true, "IN": true, ",": true, "CC": true}
	verbOfSubject = map[string]bool{"VBD": true, "VBN": true, "MD": true, "TO": true}
)

// coordinatedPast retags as a past verb a singular noun that is joined by
// "and" to a past verb, after a subject, when the word is a past form
// ("A police officer shot and killed a man", "A car hit and injured two
// people"): a noun is no conjunct of a finite verb, and the tagger, which
// reads "officer shot" as a compound, errs most on these forms.
func (t *Tagger) coordinatedPast(words []string) {
	for i := 1; i+2 < len(words); i++ {
		next := t.xpos(i + 2)
		if t.xpos(i) != "NN" || next != "VBD" && next != "VBN" || !t.m.nominal[t.cls[i+1]-1] ||
			!strings.EqualFold(words[i+1], "and") {
			continue
		}
		t.low = appendLower(t.low[:0], words[i])
		if _, ok := irregularPast[string(t.low)]; ok || samePast[string(t.low)] {
			// The participle after it is as finite: "hit and injured".
			t.retag(i, t.m.past)
			t.retag(i+2, t.m.past)
		}
	}
}

// retag gives word i the class c stands for (class + 1, as Model.past),
// unless c is 0: a model without that class.
func (t *Tagger) retag(i int, c int32) {
	if c > 0 {
		t.cls[i+2] = c
	}
}

// classOf returns the class of a UPOS and XPOS, or -1.
func (m *Model) classOf(upos, xpos string) int {
	for c, a := range m.classes {
		if a.UPOS == upos && a.XPOS == xpos {
			return c
		}
	}
	return -1
}

// objectPast retags as a past verb a participle that follows a subject
// and takes an object, in a clause with no other finite verb
// ("Demonstrators set fire to two cars, and police detained 19 people"
// read set and detained as participles of reduced relatives): a passive
// participle takes no object without an auxiliary. A participle with no
// object stays, since a headline's "Ten people killed in blast" is one.
func (t *Tagger) objectPast(words []string) {
	for i := 1; i+1 < len(words); i++ {
		if t.xpos(i) != "VBN" || !subjectEnd[t.xpos(i-1)] || !objectStart[t.xpos(i+1)] ||
			t.lowerIn(timeWords, words[i+1]) || t.finiteInSubclause(words, i, -1) || t.finiteInClause(i, 1) {
			continue
		}
		t.retag(i, t.m.past)
	}
}

// mainPast retags as a past verb the first participle of a sentence that
// has no finite verb of its own: after a subject (or its apposition set
// off by commas), with no finite verb
// before it nor after it before a subordinate clause opens ("Hundreds of
// protesters marched through the city on Sunday night, a day after police
// shot a man" read marched as a reduced relative). A sentence without a
// full stop is left alone: a headline's "Ten people killed in blast" is a
// participle, and so is one before "by" or "as" ("the river known as").
func (t *Tagger) mainPast(words []string) {
	n := len(words)
	if n < 3 || words[n-1] != "." {
		return
	}
	for i := 0; i < n; i++ {
		switch x := t.xpos(i); x {
		case "VBD", "VBZ", "VBP", "MD":
			return
		case "VBN":
			if i == 0 || !subjectEnd[t.xpos(i-1)] && !t.afterApposition(i) || t.passiveAfter(words, i) || t.finiteInMain(words, i) {
				return
			}
			t.retag(i, t.m.past)
			return
		}
	}
}

// finiteInMain reports whether a finite verb follows word i before a
// subordinate clause or a clause joined by a comma and a conjunction
// opens, or the sentence ends.
func (t *Tagger) finiteInMain(words []string, i int) bool {
	for j := i + 1; j < len(words); j++ {
		switch t.xpos(j) {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		case "WDT", "WP":
			return false
		case "IN":
			if t.lowerIn(subordinators, words[j]) {
				return false
			}
		case ",":
			if j+2 < len(words) && t.xpos(j+1) == "CC" && clauseSubjectStart[t.xpos(j+2)] {
				return false // ", and its founder stepped down": a clause of its own
			}
		}
	}
	return false
}

// clauseSubjectStart are the tags a clause's subject opens with after ",
// and" (not "…, and in other accounts, is used").
var clauseSubjectStart = map[string]bool{"DT": true, "PRP$": true, "PRP": true, "NN": true, "NNS": true, "NNP": true, "NNPS": true}

// passiveNext are the words after a participle that mark it passive: its
// agent ("done by the US") or its name ("the river known as").
var passiveNext = map[string]bool{"by": true, "as": true}

// passiveAfter reports whether what follows participle i marks it
// passive: "by", or "as" after a verb that takes what a thing is called
// or taken for ("known as", "described as"). After another verb "as"
// opens a clause ("Thousands of residents fled as flames swept the town").
func (t *Tagger) passiveAfter(words []string, i int) bool {
	if !t.lowerIn(passiveNext, words[i+1]) {
		return false
	}
	return !strings.EqualFold(words[i+1], "as") || t.lowerIn(asPredicate, words[i])
}

// asPredicate are the participles that "as" follows with what the thing
// is called, taken for or serves as.
var asPredicate = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`known used seen described considered identified regarded treated
		classified recognized recognised defined cast accepted labelled labeled billed dubbed named listed
		rated cited hailed viewed branded portrayed characterized characterised elected appointed designated
		chosen hired employed trained qualified registered sworn installed confirmed remembered honoured
		honored styled marketed sold presented introduced reported ranked taken interpreted perceived
		understood framed served employed added included chosen selected nominated picked counted mentioned
		quoted expressed written spelled spelt translated rendered shown depicted pictured`) {
		m[w] = true
	}
	return m
}()

// lowerIn reports whether w, lowercased in the tagger's buffer (so that
// nothing is allocated), is in set.
func (t *Tagger) lowerIn(set map[string]bool, w string) bool {
	t.low = appendLower(t.low[:0], w)
	return set[string(t.low)]
}

// xpos is the XPOS of word i's class.
func (t *Tagger) xpos(i int) string { return t.m.classes[t.cls[i+2]-1].XPOS }

// subjectEnd are the tags a subject ends with; objectStart those a
// direct object opens with, unless it is a word of time ("an assessment
// released today", "the report released this week").
var (
	subjectEnd  = map[string]bool{"NN": true, "NNS": true, "NNP": true, "NNPS": true, "PRP": true}
	objectStart = map[string]bool{"DT": true, "CD": true, "PRP$": true, "NN": true, "NNS": true}
	timeWords   = map[string]bool{"today": true, "yesterday": true, "tonight": true, "tomorrow": true,
		"this": true, "last": true, "next": true, "each": true, "every": true}
)

// samePast are the irregular verbs whose past is their base form, which
// irregularPast leaves out since their lemma is the form itself.
var samePast = map[string]bool{
	"beat": true, "burst": true, "cast": true, "cost": true, "cut": true, "hit": true, "hurt": true, "put": true,
	"quit": true, "set": true, "shed": true, "shut": true, "split": true, "spread": true,
}
