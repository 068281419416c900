package tagger

import "strings"

// nominalParticiple retags as an adjective a participle right after "the"
// and right before a finite verb, where it names people as a noun does
// ("The wounded were taken to hospital", "two of the injured were in
// critical condition", "The accused denied the charges"), as the
// treebanks tag "the dead": read as a participle, it took no subject and
// the parse lost the clause.
func (t *Tagger) nominalParticiple(words []string) {
	if t.m.adjective == 0 {
		return
	}
	for i := 1; i+1 < len(words); i++ {
		if t.xpos(i) != "VBN" || !strings.EqualFold(words[i-1], "the") {
			continue
		}
		switch t.xpos(i + 1) {
		case "VBD", "VBZ", "VBP", "MD":
			t.retag(i, t.m.adjective)
		}
	}
}

// modalName retags as a name a capitalised modal right before a finite
// verb, which no modal takes ("May chaired a meeting", where the prime
// minister's surname read as the modal left the verb with no subject),
// or before names and then a finite verb, which a modal's question never
// has ("Will Smith walked onto the stage", "Will Smith has resigned": the
// actor's given name read as the modal made his deeds planned).
func (t *Tagger) modalName(words []string) {
	if t.m.proper == 0 {
		return
	}
	for i := 0; i+1 < len(words); i++ {
		if t.xpos(i) != "MD" || words[i] == "" || words[i][0] < 'A' || words[i][0] > 'Z' {
			continue
		}
		k := i + 1
		for k+1 < len(words) && (t.xpos(k) == "NNP" || t.xpos(k) == "NNPS") {
			k++
		}
		switch t.xpos(k) {
		case "VBD", "VBZ":
			t.retag(i, t.m.proper)
		}
	}
}

// speakerName retags as a name a capitalised first word read as a verb
// right before a finite verb of saying, which a verb never stands before
// ("United said on Monday it had found loose bolts", "Felt said the
// company would appeal": the airline and the man are the speakers).
func (t *Tagger) speakerName(words []string) {
	if t.m.proper == 0 || len(words) < 3 || words[0] == "" || words[0][0] < 'A' || words[0][0] > 'Z' {
		return
	}
	switch t.xpos(0) {
	case "VB", "VBD", "VBN", "VBZ", "VBP", "VBG":
	default:
		return
	}
	if x := t.xpos(1); (x == "VBD" || x == "VBZ") && t.lowerIn(sayingForms, words[1]) {
		t.retag(0, t.m.proper)
	}
}

// nounModifierFirst retags as a noun a first word read as a command's verb
// when a noun and then a finite verb follow it, which a command never
// has: "Search crews were able to reach the pile" read search as the
// verb and the crews as its object, and the sentence lost its subject. A
// present other than "are", "have" or "were" may be the bare verb a
// command's object does ("Let voters decide"), and is left alone.
func (t *Tagger) nounModifierFirst(words []string) {
	if t.m.noun == 0 || len(words) < 3 || t.xpos(0) != "VB" || !t.seenAsNoun(0) {
		return
	}
	if x := t.xpos(1); x != "NNS" && x != "NN" {
		return
	}
	switch t.xpos(2) {
	case "VBD", "VBZ", "MD":
		t.retag(0, t.m.noun)
	case "VBP":
		if t.lowerIn(finiteAuxiliaries, words[2]) {
			t.retag(0, t.m.noun)
		}
	}
}

// gerundSubjectFirst retags as a noun an -ing word that opens a sentence
// (after any adjectives) right before a past form, and that form as the
// past verb: "Fighting spread in Rakhine state", "Shelling hit the town",
// "Rioting erupted after the verdict" had the -ing word the root and the
// event its object or clause. A participle's clause ("Speaking to
// reporters, …") has no past verb right after it, and "having", "being"
// and the -ing words that serve as prepositions are never nouns here.
func (t *Tagger) gerundSubjectFirst(words []string) {
	if t.m.noun == 0 || t.m.past == 0 {
		return
	}
	g := 0
	for g < len(words) && t.xpos(g) == "JJ" {
		g++
	}
	v := g + 1
	if v+1 >= len(words) || t.xpos(g) != "VBG" || t.lowerIn(auxiliaryGerunds, words[g]) {
		return
	}
	if t.low = appendLower(t.low[:0], words[g]); wnClass(t.low)&wnNoun == 0 {
		return
	}
	switch x := t.xpos(v); x {
	case "VBD":
	case "VBN", "VB", "NN":
		if !t.lowerIn(pastTense, words[v]) && !t.lowerIn(samePast, words[v]) && !strings.HasSuffix(words[v], "ed") {
			return
		}
		if n := t.xpos(v + 1); n == "NN" || n == "NNS" || n == "JJ" {
			return // a participle before its noun: "Following reported clashes, …"
		}
	default:
		return
	}
	t.retag(g, t.m.noun)
	t.retag(v, t.m.past)
}

// auxiliaryGerunds are the -ing forms that open a participle's clause or
// serve as prepositions.
var auxiliaryGerunds = map[string]bool{"having": true, "being": true, "getting": true, "following": true, "including": true,
	"according": true, "regarding": true, "concerning": true, "considering": true, "pending": true, "barring": true, "excluding": true}

// finiteAuxiliaries are the present forms read as VBP that only a subject
// stands before.
var finiteAuxiliaries = map[string]bool{"are": true, "have": true, "were": true}

// sayingForms are the finite forms of the verbs that name a speaker.
var sayingForms = map[string]bool{"said": true, "says": true, "told": true, "tells": true, "added": true, "adds": true,
	"announced": true, "announces": true, "confirmed": true, "confirms": true, "denied": true, "denies": true,
	"warned": true, "warns": true, "claimed": true, "claims": true, "reported": true, "reports": true}

// pastNotPresent retags as a past verb an irregular past tense read as a
// present in -s, which it cannot be without the -s ("as flames swept
// through the town" had swept a present), nor a gerund without -ing
// ("Will Nadia Voss sang the anthem" had sang a gerund, and Will stayed a
// modal with no finite verb after the name).
func (t *Tagger) pastNotPresent(words []string) {
	if t.m.past == 0 {
		return
	}
	for i, w := range words {
		if x := t.xpos(i); x != "VBZ" && x != "VBG" || w == "" ||
			x == "VBZ" && (w[len(w)-1] == 's' || w[len(w)-1] == 'S') || x == "VBG" && hasSuffixFold(w, "ing") {
			continue
		}
		if t.low = appendLower(t.low[:0], w); pastTense[string(t.low)] {
			t.retag(i, t.m.past)
		}
	}
}

// nounAfterPossessive retags as a noun a base verb in a possessor's noun
// phrase, which must end on a noun: "A post on the presidency's Twitter
// account said" had account a verb, and the post no verb of its own. A
// base form after "'s" and the words of a name or noun phrase, with no
// verb between, is the phrase's head when training saw it as a noun.
func (t *Tagger) nounAfterPossessive(words []string) {
	for i := 1; i < len(words); i++ {
		if x := t.xpos(i); x != "VB" && x != "VBP" || !t.seenAsNoun(i) {
			continue
		}
		j := i - 1
		for j > 0 && (t.xpos(j) == "NNP" || t.xpos(j) == "NN" || t.xpos(j) == "JJ") && i-j < 4 {
			j--
		}
		if t.xpos(j) == "POS" {
			t.retag(i, t.m.noun)
		}
	}
}

// wellNoun retags as a noun "well" read as an adverb or an interjection
// after an article or a possessive, or after one adjective that follows
// one: "seal the well permanently", "drilling an exploratory well about
// 50 miles offshore" had the adverb, and the drilling no object. After
// a noun it keeps its reading ("knows the area well"), as it does after
// another determiner ("know this well") or before a participle or a
// hyphen ("a well known case", "a well-known square").
func (t *Tagger) wellNoun(words []string) {
	if t.m.noun == 0 {
		return
	}
	for i := 1; i < len(words); i++ {
		if x := t.xpos(i); x != "RB" && x != "UH" || !strings.EqualFold(words[i], "well") {
			continue
		}
		d := i - 1
		if t.xpos(d) == "JJ" && d > 0 {
			d--
		}
		if x := t.xpos(d); x != "PRP$" && x != "POS" && !t.lowerIn(article, words[d]) {
			continue
		}
		if i+1 < len(words) {
			if x := t.xpos(i + 1); x == "VBN" || x == "HYPH" {
				continue
			}
		}
		t.retag(i, t.m.noun)
	}
}

var article = map[string]bool{"a": true, "an": true, "the": true}

// menPlural retags as a plural noun a word of six letters or more in
// "-men" read as a verb: no English verb ends so, and "Fishermen in the
// delta said they feared for their livelihoods" had a participle
// "fisherme" and lost its speakers. Shorter words are left alone ("Omen"
// is no plural of "Oman").
func (t *Tagger) menPlural(words []string) {
	if t.m.plural == 0 {
		return
	}
	for i, w := range words {
		if x := t.xpos(i); x != "" && x[0] == 'V' && len(w) >= 6 && strings.EqualFold(w[len(w)-3:], "men") {
			t.retag(i, t.m.plural)
		}
	}
}

// verbBeforeObject retags as a verb in -s a plural noun that a personal
// pronoun in the object case follows, when training or WordNet knows the
// word as a verb and a subject (a name, a noun or "he", "she", "it", with an adverb
// between at most) stands before it: "De Falco repeatedly orders him to
// climb back" read orders as a noun, and the order was lost. A noun has
// no object of its own.
func (t *Tagger) verbBeforeObject(words []string) {
	if t.m.third == 0 {
		return
	}
	for i := 1; i+1 < len(words); i++ {
		if t.xpos(i) != "NNS" || !objectCase[words[i+1]] { // a pronoun, in lower case ("us", not "US")
			continue
		}
		if t.low = appendLower(t.low[:0], words[i]); !t.seenAsVerb(i) && wnClass(t.low)&wnVerbInflected == 0 {
			continue
		}
		s := i - 1
		if t.xpos(s) == "RB" && s > 0 {
			s--
		}
		if x := t.xpos(s); x == "NNP" || x == "NN" || x == "PRP" && t.lowerIn(singularPronoun, words[s]) {
			t.retag(i, t.m.third)
		}
	}
}

var (
	objectCase      = map[string]bool{"him": true, "her": true, "them": true, "me": true, "us": true}
	singularPronoun = map[string]bool{"he": true, "she": true, "it": true}
)

// gerundInTitle retags as a name a capitalised -ing word right before a
// capitalised office and a name ("Mining Minister Laurence Golborne
// said", "the Housing Secretary Michael Gove"): the office's field, not a
// verb whose object the minister is (the treebanks tag a capitalised -ing
// word before a name a name 4 times in 5 inside a sentence). The
// participles that describe an office holder ("acting", "outgoing") keep
// their tag.
func (t *Tagger) gerundInTitle(words []string) {
	if t.m.proper == 0 {
		return
	}
	for i := 0; i+2 < len(words); i++ {
		if t.xpos(i) != "VBG" || !capitalised(words[i]) || !capitalised(words[i+2]) || !t.lowerIn(offices, words[i+1]) || t.lowerIn(officeParticiples, words[i]) {
			continue
		}
		t.retag(i, t.m.proper)
	}
}

// capitalised reports whether w opens with a capital letter.
func capitalised(w string) bool { return w != "" && 'A' <= w[0] && w[0] <= 'Z' }

// offices are the titles a field of government or business may qualify.
var offices = map[string]bool{"minister": true, "secretary": true, "commissioner": true, "director": true, "chief": true,
	"chairman": true, "chairwoman": true, "spokesman": true, "spokeswoman": true, "officer": true, "manager": true, "correspondent": true,
	"editor": true, "coordinator": true}

// officeParticiples are the -ing words that say how an office is held.
var officeParticiples = map[string]bool{"acting": true, "outgoing": true, "incoming": true, "serving": true, "sitting": true,
	"reigning": true, "retiring": true, "ruling": true, "governing": true, "visiting": true, "presiding": true}

// verbAfterAnd retags as a verb in -s a plural noun right after ", and"
// before "to" and a verb, when what stands before the comma is not a noun
// (a list of nouns goes on with one: "galleries, and collectors to
// display"): "the company cut 500 jobs last year, a spokeswoman said, and
// plans to close two plants" read plans as a noun, the subject of the
// closing, and the plan was lost.
func (t *Tagger) verbAfterAnd(words []string) {
	if t.m.third == 0 {
		return
	}
	for i := 3; i+2 < len(words); i++ {
		if t.xpos(i) != "NNS" || words[i-1] != "and" || words[i-2] != "," || words[i+1] != "to" || t.xpos(i+2) != "VB" {
			continue
		}
		if x := t.xpos(i - 3); x == "NN" || x == "NNS" || x == "NNP" || x == "NNPS" {
			continue
		}
		if t.low = appendLower(t.low[:0], words[i]); !t.seenAsVerb(i) && wnClass(t.low)&wnVerbInflected == 0 {
			continue
		}
		t.retag(i, t.m.third)
	}
}

// pluralAfterPossessive retags as a plural noun a verb in -s right after
// a possessive determiner that is never an object ("struck one of its
// supports" had supports a verb, and the ship no thing it struck):
// "its", "their", "our", "my", "your" and "his" open a noun phrase, and a
// form training or WordNet knows as a plural noun is its head. "Her" may be an object
// ("makes her laugh") and is left alone.
func (t *Tagger) pluralAfterPossessive(words []string) {
	if t.m.plural == 0 {
		return
	}
	for i := 1; i < len(words); i++ {
		if t.xpos(i) != "VBZ" || t.xpos(i-1) != "PRP$" || !t.lowerIn(ownersOnly, words[i-1]) {
			continue
		}
		if t.low = appendLower(t.low[:0], words[i]); !t.seenAsPlural(i) && wnClass(t.low)&wnNounInflected == 0 {
			continue // no plural noun anyone knows
		}
		t.retag(i, t.m.plural)
	}
}

// ownersOnly are the possessive determiners that are no object pronoun.
var ownersOnly = map[string]bool{"its": true, "their": true, "our": true, "my": true, "your": true, "his": true}

// seenAsPlural reports whether training saw word i as a plural noun.
func (t *Tagger) seenAsPlural(i int) bool {
	for _, r := range t.readings(i) {
		if int32(r.class)+1 == t.m.plural {
			return true
		}
	}
	return false
}
