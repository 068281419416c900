package tagger

// repair runs the repairs of the perceptrons' tags, in order: each reads
// the tags the ones before it left (see the package doc and repair.go).
func (t *Tagger) repair(words []string) {
	for _, r := range tagRepairs {
		r.fix(t, words)
	}
}

// tagRepairs are named for tracing in tests.
var tagRepairs = []struct {
	name string
	fix  func(*Tagger, []string)
}{
	{"wordNotPunct", (*Tagger).wordNotPunct},
	{"nounAfterTo", (*Tagger).nounAfterTo},
	{"nounAfterModal", (*Tagger).nounAfterModal},
	{"infinitiveTo", (*Tagger).infinitiveTo},
	{"coordinatedPast", (*Tagger).coordinatedPast},
	{"adjectivePast", (*Tagger).adjectivePast},
	{"adverbPast", (*Tagger).adverbPast},
	{"nounPast", (*Tagger).nounPast},
	{"pluralNotVerb", (*Tagger).pluralNotVerb},
	{"nounInPhrase", (*Tagger).nounInPhrase},
	{"firstVerbNoun", (*Tagger).firstVerbNoun},
	{"officeBeforeVerb", (*Tagger).officeBeforeVerb},
	{"gerundAfterSubordinator", (*Tagger).gerundAfterSubordinator},
	{"nounNotPronoun", (*Tagger).nounNotPronoun},
	{"nounBeforeOf", (*Tagger).nounBeforeOf},
	{"pluralSubject", (*Tagger).pluralSubject},
	{"barePast", (*Tagger).barePast},
	{"placePreposition", (*Tagger).placePreposition},
	{"nounAfterPast", (*Tagger).nounAfterPast},
	{"objectPast", (*Tagger).objectPast},
	{"mainPast", (*Tagger).mainPast},
	{"phrasePast", (*Tagger).phrasePast},
	{"agentBeforeVerb", (*Tagger).agentBeforeVerb},
	{"likeAfterVerb", (*Tagger).likeAfterVerb},
	{"parentheticalPast", (*Tagger).parentheticalPast},
	{"nominalParticiple", (*Tagger).nominalParticiple},
	{"wellNoun", (*Tagger).wellNoun},
	{"menPlural", (*Tagger).menPlural},
	{"verbBeforeObject", (*Tagger).verbBeforeObject},
	{"verbAfterAnd", (*Tagger).verbAfterAnd},
	{"pastNotPresent", (*Tagger).pastNotPresent},
	{"modalName", (*Tagger).modalName},
	{"speakerName", (*Tagger).speakerName},
	{"gerundInTitle", (*Tagger).gerundInTitle},
	{"nounModifierFirst", (*Tagger).nounModifierFirst},
	{"gerundSubjectFirst", (*Tagger).gerundSubjectFirst},
	{"subclausePast", (*Tagger).subclausePast},
	{"reportedPast", (*Tagger).reportedPast},
	{"lonePast", (*Tagger).lonePast},
	{"pastNotBase", (*Tagger).pastNotBase},
	{"presentAfterName", (*Tagger).presentAfterName},
	{"presentAfterNoun", (*Tagger).presentAfterNoun},
	{"pastAsNoun", (*Tagger).pastAsNoun},
	{"nounAfterPossessive", (*Tagger).nounAfterPossessive},
	{"pluralAfterPossessive", (*Tagger).pluralAfterPossessive},
	{"conjoinedPast", (*Tagger).conjoinedPast},
	{"romanNumeral", (*Tagger).romanNumeral},
	{"nameVerb", (*Tagger).nameVerb},
}
