package language

import "testing"

// TestReducedRelativeModifiers: a participle after the subject's noun is
// the noun's, and so are the words before the noun that the parse hung on
// the participle.
func TestReducedRelativeModifiers(t *testing.T) {
	const text = "Three aid workers kidnapped in April were released on Tuesday."
	checkArcs(t, []arcCase{
		{text, "workers", "released", "nsubj:pass", false},
		{text, "Three", "workers", "nummod", false},
		{text, "kidnapped", "workers", "acl", false},
	})
}

// TestVerbUnderParticiple: a subject's participle made the clause's verb
// gives its place to the finite verb the parse hung under it.
func TestVerbUnderParticiple(t *testing.T) {
	const text = "Investigators are examining whether a power line owned by the utility sparked the fire."
	const pulled = "Three workers pulled from the debris were taken to hospital."
	const said = "Investigators are examining whether a power line owned by Sierra Power & Light sparked the fire, officials said on Thursday."
	checkArcs(t, []arcCase{
		{text, "line", "sparked", "nsubj", false},
		{text, "sparked", "examining", "ccomp", false},
		{text, "owned", "line", "acl", false},
		{text, "whether", "sparked", "mark", false},
		{said, "line", "sparked", "nsubj", false},
		{said, "Light", "Power", "conj", false},
		{"Police said a car driven by a teenager hit the wall.", "car", "hit", "nsubj", false}, // parsed right already
		{"The company said it expected prices to rise.", "expected", "said", "ccomp", false},
		{"A guard and a technician were killed, while the mayor's driver remained in critical condition after a bomb exploded late Friday at a bank.", "remained", "killed", "advcl", false}, // a subordinator's past tense
		{"Carl Dahl retired as a boss after a gunman grazed his scalp with a bullet.", "retired", "", "root", false},                                                                         // an opener's clause
		{"Police waited on its edges as young people set up barricades and attacked banks.", "waited", "", "root", false},
		// the clause's verb with auxiliaries, made the participle's conjunct
		{"National reaction to the events demonstrated how deeply divided the country had become.", "demonstrated", "", "root", false}, // a clause a question word opens
		{pulled, "workers", "taken", "nsubj:pass", false},
		{pulled, "taken", "", "root", false},
		{pulled, "pulled", "workers", "acl", false},
		{"Rescuers pulled three workers from the debris and were praised.", "pulled", "", "root", false}, // an object: the verb
		// the clause's verb hung on a noun of the participle's phrase
		{"The man charged with the killing appeared in court on Friday.", "appeared", "", "root", false},
		{"The man charged with the killing appeared in court on Friday.", "man", "appeared", "nsubj", false},
		{"The man charged with the killing appeared in court on Friday.", "charged", "man", "acl", false},
		{"The man charged with the killing that shocked the town appeared in court.", "shocked", "killing", "acl:relcl", false}, // a relative clause stays
	})
}

// TestClosingSpeakerComma: a speaker after what was said is the root's
// subject though the parse hung the comma before it on the speaker.
func TestClosingSpeakerComma(t *testing.T) {
	const text = "Two workers were taken to Harwick General Hospital, where one was in critical condition, a hospital spokeswoman said."
	checkArcs(t, []arcCase{
		{text, "said", "", "root", false},
		{text, "spokeswoman", "said", "nsubj", false},
		{text, "taken", "said", "ccomp", false},
	})
}

// TestGerundTitleSubject: a participle of office before a title and a
// name makes a subject, not a gerund's clause with the name its object.
func TestGerundTitleSubject(t *testing.T) {
	const judge = "Presiding judge Petra Olsen said Ivo Renner had knowingly deceived investors."
	const acting = "Acting Governor Anna Berg signed the order on Monday."
	checkArcs(t, []arcCase{
		{judge, "Petra", "said", "nsubj", false},
		{judge, "Presiding", "Petra", "amod", false},
		{judge, "judge", "Petra", "compound", false},
		{acting, "Anna", "signed", "nsubj", false},
		{acting, "Acting", "Anna", "amod", false},
		{"Hiring coach Anna Berg cost the club millions.", "Anna", "cost", "nsubj", true}, // no participle of office
	})
}

// TestRelativeAsSubject: a relative clause with no verb, set off by commas
// after the subject, is the subject's, not the verb's second subject.
func TestRelativeAsSubject(t *testing.T) {
	const text = "Ivo Renner, who has been free on bail, was taken into custody after the verdict."
	checkArcs(t, []arcCase{
		{text, "free", "Ivo", "acl:relcl", false},
		{text, "Ivo", "taken", "nsubj:pass", false},
		{"The bank, which was the country's fourth-largest lender, collapsed in 2023.", "lender", "bank", "acl:relcl", false},
	})
}

// TestRelativeBeforeSpeaker: what was said, whose verb the parse hung in
// its subject's relative clause, is the closing speaker's complement.
func TestRelativeBeforeSpeaker(t *testing.T) {
	const text = "The ferry that sank near the port carried 300 passengers, the coast guard said."
	checkArcs(t, []arcCase{
		{text, "ferry", "said", "nsubj", true},
		{"The man who robbed the bank fled on foot, police said.", "man", "fled", "nsubj", false},
		{"The man who robbed the bank fled on foot, police said.", "fled", "said", "ccomp", false},
		{"The man who robbed the bank said he was sorry.", "said", "", "root", false},
	})
}

// TestPartitive: the whole a part is of belongs to the part, the verb's
// subject, not to the verb.
func TestPartitive(t *testing.T) {
	const cars = "Twelve of the train's 40 cars left the tracks at about 11 p.m."
	const injured = "Two of the injured died in hospital."
	checkArcs(t, []arcCase{
		{cars, "cars", "Twelve", "nmod", false},
		{cars, "Twelve", "left", "nsubj", false},
		{injured, "died", "", "root", false},
		{injured, "Two", "died", "nsubj", false},
		{injured, "injured", "Two", "nmod", false},
		{injured, "the", "injured", "det", false},
		{"Most of the passengers were rescued on Sunday.", "passengers", "Most", "nmod", false},
	})
}

// TestRelativeOnStructure: a made thing's failure after a comma is the
// thing's, not the place's named after it.
func TestRelativeOnStructure(t *testing.T) {
	checkArcs(t, []arcCase{
		{"Divers searched the river near the bridge in Baltimore, which collapsed on Tuesday.", "collapsed", "bridge", "acl:relcl", false},
		{"The firm owned a dam in Brazil, which collapsed in 2019.", "collapsed", "dam", "acl:relcl", false},
		{"He moved to a flat in Ostburg, which has a large port.", "has", "Ostburg", "acl:relcl", false}, // no failure: the place's
	})
}

// TestOpenerOnSubject: an opener the parse made the case of the clause's
// subject marks the clause, and a clause ", and" joins after it goes on
// the sentence's verb.
func TestOpenerOnSubject(t *testing.T) {
	const text = "The mine closed in 2010 after a worker died, and it reopened the following year."
	checkArcs(t, []arcCase{
		{text, "after", "died", "mark", false},
		{text, "died", "closed", "advcl", false},
		{text, "reopened", "closed", "conj", false},
		{"The mine closed in 2010 after a worker died and two others were hurt.", "hurt", "died", "conj", false}, // no comma: the clause's
	})
}

// TestSpeakerAfterParticiple: a participle of a verb that takes no object
// in the subject's phrase, before a closing speaker, is what was said.
func TestSpeakerAfterParticiple(t *testing.T) {
	const text = "A passenger ferry carrying more than 200 people capsized and sank off the island on Saturday night, the coast guard said."
	checkArcs(t, []arcCase{
		{text, "ferry", "capsized", "nsubj", false},
		{text, "capsized", "said", "ccomp", false},
		{text, "guard", "said", "nsubj", false},
		{"A ferry carrying 200 people was stranded off the island, the coast guard said.", "ferry", "stranded", "nsubj:pass", false},
	})
}

// TestSecondSubject: the second word of a name is no second subject.
func TestSecondSubject(t *testing.T) {
	checkArcs(t, []arcCase{
		{"Harbor Mutual said it welcomed the arrest.", "Harbor", "Mutual", "compound", false},
		{"Harbor Mutual said it welcomed the arrest.", "Mutual", "said", "nsubj", false},
		{"It was a team many picked to win the title.", "team", "many", "compound", true},
	})
}

// TestApposedSpeaker: a closing speaker named by a description and a name
// between commas is the verb's subject, not a conjunct of what was said.
func TestApposedSpeaker(t *testing.T) {
	const text = "The plant will close in May, the company's chief executive, Anna Berg, said."
	checkArcs(t, []arcCase{
		{text, "executive", "said", "nsubj", false},
		{text, "Anna", "executive", "appos", false},
		{text, "close", "said", "ccomp", false},
		{"Police questioned the driver, a local man, and his brother, Ivo Renner, officials said.", "brother", "said", "nsubj", true}, // the speaker's own subject
	})
}
