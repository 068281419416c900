package extract

import (
	"slices"
	"testing"
)

// TestOffsetFromObjectEvent checks that "the day after" counts from the
// event noun a verb that is no event itself takes as its object, dated by
// the lexicon ("opened an investigation on Wednesday, the day after …"):
// the publication day is Monday 2025-03-17, "on Wednesday" 2025-03-12.
func TestOffsetFromObjectEvent(t *testing.T) {
	more := append(slices.Clone(dates), when{text: "the day", value: "P1D"}, when{text: "two days", value: "P2D"})
	runDatingCases(t, []datingCase{
		{name: "an investigation opened the day after",
			text:    "The Ostburg chief prosecutor's office opened an investigation on Wednesday, the day after Mr Holm vanished.",
			trigger: "vanish", start: "2025-03-11", basis: BasisText},
		{name: "an investigation opened two days after",
			text:    "The Ostburg chief prosecutor's office opened an investigation on Wednesday, two days after Mr Holm vanished.",
			trigger: "vanish", start: "2025-03-10", basis: BasisText},
	}, more)
}

// TestMeasuredFromUndatable checks that a deed a measure places against
// an event ("two weeks after the killing") takes no day when that event
// has none to count from, or when counting would put a past deed after
// publication (Monday 2025-03-17): neither the story's day nor the
// paper's is the deed's. One counted from a day the text gives stays.
func TestMeasuredFromUndatable(t *testing.T) {
	more := append(slices.Clone(dates), when{text: "two weeks", value: "P2W"}, when{text: "two days", value: "P2D"})
	runDatingCases(t, []datingCase{
		{name: "counting would pass publication",
			text:    "Anna Berg condemned the killing at a memorial in Ostburg on Monday. The ministry revoked the visas of 21 suspects two weeks after the killing.",
			trigger: "revoke"},
		{name: "nothing to count from",
			text:    "Anna Berg called for sanctions in Ostburg on Monday. The ministry revoked the visas of 21 suspects two weeks after the killing.",
			trigger: "revoke"},
		{name: "counted from a day the text gives",
			text:    "Police arrested Gus Holm on Wednesday. The ministry revoked his visa two days after the arrest.",
			trigger: "revoke", start: "2025-03-14"},
	}, more)
}

// TestMeasuredNounNotCountedFromBorrowedDay checks that an event noun a
// measure places before a clause ("held two days after the collapse") is
// counted back only from a day that clause names itself, not one it took
// from another clause ("A judge on Wednesday approved …, and lawyers said
// …"): the publication day is Monday 2025-03-17, "on Wednesday" 2025-03-12.
func TestMeasuredNounNotCountedFromBorrowedDay(t *testing.T) {
	more := append(slices.Clone(dates), when{text: "two days", value: "P2D"})
	runDatingCases(t, []datingCase{
		{name: "a borrowed day counts nothing back",
			text:    "A judge on Wednesday approved the sale of the site, and lawyers said the first hearing was held two days after the collapse.",
			trigger: "collapse"},
		{name: "nor does the measured clause take it",
			text:    "A judge on Wednesday approved the sale of the site, and lawyers said the first hearing was held two days after the collapse.",
			trigger: "hold"},
		{name: "a day of the clause's own counts back",
			text:    "Regulators shut the bank on Wednesday, two days after the collapse.",
			trigger: "collapse", start: "2025-03-10"},
		{name: "so does one the event noun is parsed in apposition to",
			text:    "Gus Holm will stay on as leader until a successor is chosen, a party spokesperson said on Monday, two days after the party's heaviest defeat.",
			trigger: "defeat", start: "2025-03-15"},
	}, more)
}

// TestMeasureBeforeTheVerb checks that a measure from an event told
// before the verb ("Two days after the vote, the army seized …") counts
// as one after it does, and that a stretch ("for seven days after the
// vote") is no distance: the publication day is Monday 2025-03-17, "on
// Wednesday" 2025-03-12.
func TestMeasureBeforeTheVerb(t *testing.T) {
	more := append(slices.Clone(dates), when{text: "Two days", value: "P2D"}, when{text: "seven days", value: "P7D"})
	runDatingCases(t, []datingCase{
		{name: "a fronted measure",
			text:    "Parliament voted on Wednesday to impeach the president. Two days after the vote, the army seized the capital.",
			trigger: "seize", start: "2025-03-14", basis: BasisText},
		{name: "a stretch is no distance",
			text:    "Parliament voted on Wednesday to impeach the president. The army patrolled the capital for seven days after the vote.",
			trigger: "patrol", start: "2025-03-12"},
	}, more)
}
