package extract

import "testing"

// TestSpeakerPhraseTime checks that a day naming a noun inside a
// saying's subject does not date the saying, which is the paper's news
// (the publication day is Monday 2025-03-17), while a day of the subject
// itself, or one after the verb, still may.
func TestSpeakerPhraseTime(t *testing.T) {
	days := []when{
		{text: "Sunday", start: "2025-03-16"},
		{text: "Saturday", start: "2025-03-15"},
		{text: "2016", start: "2016-01-01", end: "2016-12-31", gran: "year", value: "2016"},
	}
	runDatingCases(t, []datingCase{
		{name: "the march the organisers held",
			text:    "Organisers of Saturday's march said they would keep up their campaign.",
			trigger: "say", start: "2025-03-17", basis: BasisPublication},
		{name: "a year in a relative clause of the speaker",
			text:    "A former worker who raised concerns with regulators in 2016 said the verdict was fair.",
			trigger: "say", start: "2025-03-17", basis: BasisPublication},
		{name: "the statement's own day",
			text:    "Saturday's statement said the talks would resume.",
			trigger: "say", start: "2025-03-15"},
	}, days)
}

// TestSpeakerPhraseDeed checks that a year naming a noun inside a deed's
// subject does not date the deed, nor its conjunct, while a day there,
// as often the deed's own occasion, still does (the publication day is
// Monday 2025-03-17).
func TestSpeakerPhraseDeed(t *testing.T) {
	days := []when{
		{text: "Saturday morning", start: "2025-03-15"},
		{text: "Friday night", start: "2025-03-14"},
		{text: "2014", start: "2014-01-01", end: "2014-12-31", gran: "year", value: "2014"},
	}
	runDatingCases(t, []datingCase{
		{name: "a leader of the 2014 protests",
			text:    "On Saturday morning, Eva Falk, a leader of the 2014 pro-democracy protests, walked out of prison after serving a sentence for contempt of court and called on Berg to step down.",
			trigger: "call for", start: "2025-03-15"},
		{name: "the officers who searched the flat",
			text:    "Officers who searched the flat on Friday night found several more guns.",
			trigger: "find", start: "2025-03-14"},
	}, days)
}

// TestSiblingClauseTime checks that the trigger lexicon's nearest day,
// when it hangs from a verb of another clause with its own subject, does
// not date a deed beside it (the publication day is Monday 2025-03-17).
func TestSiblingClauseTime(t *testing.T) {
	days := []when{{text: "Sunday", start: "2025-03-23"}}
	runDatingCases(t, []datingCase{
		{name: "the rally said to come",
			text:    "Norlish officials said they would go ahead with another rally on Sunday and called for the bill to be scrapped entirely.",
			trigger: "call for", start: ""},
	}, days)
}
