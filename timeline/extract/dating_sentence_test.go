package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestSentenceDate checks which dates of its sentence reach a verb that no
// other rule dates (the publication day is Monday 2025-03-17): one hung
// from a word of its own clause does; the time of a report, of an event
// noun or of a future clause does not.
func TestSentenceDate(t *testing.T) {
	tests := []datingCase{
		{name: "a date hung from the verb's own complement dates the verb",
			text:    "Two bidders extended their offers to buy the mill on Wednesday.",
			trigger: "extend", start: "2025-03-12", basis: BasisText},
		{name: "the time of a report is not that of what it reports",
			text:    "Eva Falk reported on Wednesday that Gus Holm painted the barn.",
			trigger: "paint"},
		{name: "the year of an event noun is that event's",
			text:    "Eva Falk remembered the 2022 flood, and Gus Holm painted the barn.",
			trigger: "paint"},
		{name: "a past before the past is not at the sentence's time",
			text:    "Farmers exchanged their seed on Wednesday, as the two villages had arranged.",
			trigger: "arrange"},
		{name: "a future relative clause's time does not fit a past purpose",
			text:    "Gus Holm used the meeting to defend the mill, which will reopen next month.",
			trigger: "defend"},
	}
	runDatingCases(t, tests, dates)
}

// TestClosingRelativeDate checks that a date closing a relative clause
// dates that clause, not the verb above it that the parse hung it on
// ("on March 12" is Wednesday 2025-03-12).
func TestClosingRelativeDate(t *testing.T) {
	more := append(append([]when{}, dates...), when{text: "on March 12", start: "2025-03-12"})
	runDatingCases(t, []datingCase{
		{name: "the relative clause's own day",
			text:    "Eva Falk said that prosecutors had evidence linking the staff to the men who set fire to the warehouse on March 12.",
			trigger: "set fire", start: "2025-03-12", basis: BasisText},
		{name: "not the day of the clause above",
			text:    "Eva Falk said that prosecutors had evidence linking the staff to the men who set fire to the warehouse on March 12.",
			trigger: "have"},
	}, more)
}

// TestCommaEndsRelativeDate checks that a date after a comma stays where
// the parse hung it, whatever it hung the comma on: the sentence's root
// keeps the day, and the story goes on from it.
func TestCommaEndsRelativeDate(t *testing.T) {
	runDatingCases(t, []datingCase{
		{name: "the story goes on from the root's day",
			text:    "Weakness hurt the composite as well as the index, which fell 1.4%, or 6.43, on Wednesday, to 437.68.\nThe financial index lost about 1%.",
			trigger: "lose", start: "2025-03-12", basis: BasisNarrative},
	}, dates)
	// An expression that leaves its "on" out.
	runDatingCases(t, []datingCase{
		{name: "the story goes on from the root's day, on left out",
			text:    "Weakness hurt the composite as well as the index, which fell 1.4%, or 6.43, on Friday, to 437.68.\nThe financial index lost about 1%.",
			trigger: "lose", start: "2025-03-14", basis: BasisNarrative},
	}, append(append([]when{}, dates...), when{text: "Friday", start: "2025-03-14"}))
}

// TestAsideRelativeDate checks that a time inside a relative clause set
// off by commas dates that clause's event, not the clause the aside
// interrupts, whether the parse read the verb above (an expectation) or
// the trigger lexicon found it by nearness (a denial).
func TestAsideRelativeDate(t *testing.T) {
	runDatingCases(t, []datingCase{
		{name: "an expectation is not dated by the aside about its object",
			text:    "Investigators are expected to examine the engine, which was inspected last week.",
			trigger: "examine"},
		{name: "the aside keeps its own week",
			text:    "Investigators are expected to examine the engine, which was inspected last week.",
			trigger: "inspect", start: "2025-03-10", basis: BasisText},
		{name: "a denial is not dated by the aside about its subject",
			text:    "Carl Dahl, who served as mayor in 2022, has denied any wrongdoing.",
			trigger: "deny", start: "2025-03-17", basis: BasisPublication},
		{name: "a clause of the event noun itself tells its time",
			text:    "The meeting, which took place on Wednesday, ended without a deal.",
			trigger: "end", start: "2025-03-12"},
		{name: "a clause that only names the event noun does not",
			text:    "The meeting, which was announced on Wednesday, ended without a deal.",
			trigger: "end", start: ""},
		{name: "an aside that only times its antecedent dates it",
			text:    "Lawyers are waiting for a ruling on the appeal, which is expected next month.",
			trigger: "ruling", start: "2025-04-01"},
		{name: "a relative clause with no comma may carry the main verb's time",
			text:    "Police arrested a man who attacked Eva Falk on Sunday.",
			trigger: "arrest", start: "2025-03-16"},
	}, dates)
	// The bounds of a range the aside holds, which the parse's reading
	// leaves out of the sentence's times.
	runDatingCases(t, []datingCase{
		{name: "a range in the aside about its subject",
			text:    "Carl Dahl, who served as mayor from 2012 to 2020, has denied any wrongdoing.",
			trigger: "deny", start: "2025-03-17", basis: BasisPublication},
	}, append(append([]when{}, dates...), when{text: "from 2012 to 2020", start: "2012-01-01", end: "2020-12-31", gran: timeline.Year}))
	// The two bounds tagged apart, which the lexicon joins into a range.
	runDatingCases(t, []datingCase{
		{name: "the bounds of a range in the aside",
			text:    "Carl Dahl, who served as mayor from 2012 to 2020, has denied any wrongdoing.",
			trigger: "deny", start: "2025-03-17", basis: BasisPublication},
	}, append(append([]when{}, dates...), when{text: "2012", start: "2012-01-01", end: "2012-12-31", gran: timeline.Year},
		when{text: "2020", start: "2020-01-01", end: "2020-12-31", gran: timeline.Year}))
}

// TestReportedLedeTime checks that a lede whose news is put before its
// saying ("…, the airline said") sets the story's time for the past
// events told after it, while later in the story such a report, often a
// look back, leaves the time the story has set.
func TestReportedLedeTime(t *testing.T) {
	runDatingCases(t, []datingCase{
		{name: "the reported lede sets the story's day",
			text:    "A passenger jet made an emergency landing in Ostburg on Sunday after one of its engines caught fire, the airline said.\nSeveral passengers were treated for shock.",
			trigger: "treat", start: "2025-03-16", basis: BasisNarrative},
		{name: "the reported lede's day told in a conjunct of what was said",
			text:    "A passenger jet carrying 180 people made an emergency landing in Ostburg on Sunday after one of its engines caught fire shortly after takeoff, the airline said.\nSeveral passengers were treated for shock.",
			trigger: "treat", start: "2025-03-16", basis: BasisNarrative},
		{name: "a later report looks back",
			text:    "Police found the body on Sunday.\nThe man was kidnapped on Wednesday, police said.\nPolice gave no details.",
			trigger: "give", start: "2025-03-16", basis: BasisNarrative},
	}, dates)
}

// TestSubjectRelativeDate checks that a relative clause in the subject,
// which says which thing is meant, keeps its own time: the date of the
// main verb is not its (the publication day is Monday 2025-03-17).
func TestSubjectRelativeDate(t *testing.T) {
	runDatingCases(t, []datingCase{
		{name: "the fire that destroyed the town did not destroy it on Wednesday",
			text:    "The death toll from the fire that destroyed the town rose to 53 on Wednesday.",
			trigger: "destroy"},
		{name: "the main verb keeps its day",
			text:    "The death toll from the fire that destroyed the town rose to 53 on Wednesday.",
			trigger: "rise", start: "2025-03-12", basis: BasisText},
		{name: "the attack is not the arrest's day",
			text:    "The man who attacked the guard was arrested on Wednesday.",
			trigger: "attack"},
		{name: "the storm that flooded the valley",
			text:    "The storm that flooded the valley killed three people on Wednesday.",
			trigger: "flood"},
		{name: "a progressive relative holds at the main event's time",
			text:    "A woman who was watching the parade was injured on Wednesday.",
			trigger: "watch", start: "2025-03-12", basis: BasisText},
	}, dates)
}
