package extract

import (
	"slices"
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/language"
)

// TestDatingRules checks the rules that correct or complete a date by
// the grammar of the sentence (the publication day is Monday 2025-03-17):
// a "when" clause takes the time it hangs from, a past event does not
// take a bare weekday or month resolved after publication, a present
// state does not take a past date, and a saying is not dated by what was
// said.
func TestDatingRules(t *testing.T) {
	more := append(slices.Clone(dates),
		// Bare names as a tagger may resolve them, forward.
		when{text: "Friday", start: "2025-03-21"},
		when{text: "In January", start: "2026-01-01", end: "2026-01-31", gran: timeline.Month, value: "2026-01"},
		when{text: "in January", start: "2026-01-01", end: "2026-01-31", gran: timeline.Month, value: "2026-01"},
		when{text: "On March 2", start: "2025-03-02", value: "2025-03-02"},
		when{text: "January 14", start: "2025-01-14", value: "2025-01-14"},
		when{text: "January", start: "2025-01-01", end: "2025-01-31", gran: timeline.Month, value: "2025-01"},
		when{text: "In 2022", start: "2022-01-01", end: "2022-12-31", gran: timeline.Year, value: "2022"},
		when{text: "March 15", start: "2025-03-15", value: "2025-03-15"},
		when{text: "in winter", start: "2025-12-01", end: "2026-02-28", gran: timeline.Season, value: "2025-WI"},
		when{text: "last winter", start: "2024-12-01", end: "2025-02-28", gran: timeline.Season, value: "2024-WI"},
	)
	tests := []datingCase{
		{name: "a when clause takes the time it hangs from",
			text:    "Eva Falk failed to buy the farm in 2022 when Gus Holm repelled her offer.",
			trigger: "repel", start: "2022-01-01", basis: BasisText},
		{name: "a past event takes the weekday before publication",
			text:    "On Friday, Gus Holm drove to Ostburg with Eva Falk.",
			trigger: "drive", start: "2025-03-14", basis: BasisText},
		{name: "a future event keeps the weekday after publication",
			text:    "Gus Holm will drive to Ostburg on Friday.",
			trigger: "drive", start: "2025-03-21", basis: BasisText},
		{name: "a scheduled day with no year is ahead of the scheduling",
			text:    "Judge Anna Berg set sentencing for January 14.",
			trigger: "sentencing", start: "2026-01-14", basis: BasisText},
		{name: "a past event keeps a day with no year before publication",
			text:    "Gus Holm met Eva Falk on January 14.",
			trigger: "meet", start: "2025-01-14", basis: BasisText},
		{name: "a perfect takes the day of the saying that tells it",
			text:    "Gus Holm has agreed to buy the farm near Riverton, Eva Falk said on Wednesday.",
			trigger: "agree", start: "2025-03-12", basis: BasisText},
		{name: "a weekday before a week is that week's",
			text:    "Eva Falk sold the farm near Riverton on Monday last week.",
			trigger: "sell", start: "2025-03-10", basis: BasisText},
		{name: "a past event takes the month before publication",
			text:    "In January, Gus Holm sold his farm near Riverton.",
			trigger: "sell", start: "2025-01-01", basis: BasisText},
		{name: "a present state does not take a past date",
			text:    "These results compare with net income for the corresponding period last week.",
			trigger: "compare", start: "2025-03-17", basis: BasisPublication},
		{name: "a report before a long speaker's name is not dated by the saying",
			text:    "Union members voted by 79 per cent to approve the offer, the Maritime and Transport Union said on Wednesday.",
			trigger: "vote"},
		{name: "nor when the parser took the report for the saying's subject",
			text:    "Union members voted by 79 per cent to approve the offer in a ballot that closed on Sunday, the Maritime and Transport Union said on Wednesday.",
			trigger: "vote"},
		{name: "an event noun takes the day it is scheduled to begin",
			text:    "Carl Dahl met Anna Berg on Saturday. The walkout is scheduled to begin next month and would last two weeks.",
			trigger: "walkout", start: "2025-04-01", basis: BasisText},
		{name: "and the day it resumed",
			text:    "Carl Dahl met Anna Berg on Saturday. Talks resumed on Wednesday.",
			trigger: "talks", start: "2025-03-12", basis: BasisText},
		{name: "a saying is not dated by what was said",
			text:    "The farm was sold on Wednesday to Gus Holm, Eva Falk said.",
			trigger: "say", start: "2025-03-17", basis: BasisPublication},
		{name: "what was said keeps its date",
			text:    "The farm was sold on Wednesday to Gus Holm, Eva Falk said.",
			trigger: "sell", start: "2025-03-12", basis: BasisText},
		{name: "a bare saying the lexicon finds takes the publication day",
			text:    "Eva Falk said the farm near Riverton was too small.",
			trigger: "say", start: "2025-03-17", basis: BasisPublication},
		{name: "a wire story's saying takes its dateline's day",
			text:    "OSTBURG, March 15 (Wire) --\nEva Falk said the farm near Riverton was too small.",
			trigger: "say", start: "2025-03-15", basis: BasisPublication},
		{name: "a dateline long before publication is no report day",
			text:    "OSTBURG, March 2 (Wire) --\nEva Falk said the farm near Riverton was too small.",
			trigger: "say", start: "2025-03-17", basis: BasisPublication},
		{name: "a saying the lexicon finds in a past story takes the publication day",
			text:    "On Wednesday, Gus Holm sold his farm. Eva Falk said the price was too low.",
			trigger: "say", start: "2025-03-17", basis: BasisPublication},
		{name: "a saying in a relative clause is a report of the day too",
			text:    "Farmers who said the price was too low met in Ostburg.",
			trigger: "say", start: "2025-03-17", basis: BasisPublication},
		{name: "a saying reported by another stays undated",
			text:    "Eva Falk said Gus Holm told her the price was too low.",
			trigger: "tell"},
		{name: "a saying before another event stays undated",
			text:    "After Gus Holm said the price was too low, Eva Falk left Ostburg.",
			trigger: "say"},
		{name: "a day of the week before publication is the story's",
			text:    "On Wednesday, Gus Holm drove to Ostburg. He walked to the river.",
			trigger: "walk", start: "2025-03-12", basis: BasisNarrative},
		{name: "a day long past is background, not the story's",
			text:    "On March 2, Gus Holm drove to Ostburg. He walked to the river.",
			trigger: "walk"},
		{name: "a background date ends the thread",
			text:    "On Wednesday, Gus Holm drove to Ostburg. In 2022, Eva Falk sold her farm. He walked to the river.",
			trigger: "walk"},
		{name: "the setting of a dated verb shares its date",
			text:    "Gus Holm lived in Ostburg in 2022 when soldiers marched through Riverton in the occupation of Norland.",
			trigger: "occupation", start: "2022-01-01", basis: BasisText},
		{name: "what a verb inquires into is not at the verb's time",
			text:    "Eva Falk opened an inquiry on Wednesday into the collapse of the barn.",
			trigger: "collapse"},
		{name: "what a verb is about is not at the verb's time",
			text:    "Gus Holm was charged on Wednesday over the collapse of the barn.",
			trigger: "collapse"},
		{name: "the subject of a verb of today is of today",
			text:    "The filing of the charges has intensified interest in Gus Holm.",
			trigger: "filing", start: "2025-03-17", basis: BasisPublication},
		{name: "the audience a report is told to is of its day",
			text:    "Eva Falk told a news conference that the farm was sold.",
			trigger: "conference", start: "2025-03-17", basis: BasisPublication},
		{name: "the object of a verb of today is not of today",
			text:    "Gus Holm has condemned the attack.",
			trigger: "attack"},
		{name: "what a verb of today comes after is not of today",
			text:    "Gus Holm has returned to Ostburg after the talks.",
			trigger: "talks"},
		{name: "the setting of a saying does not take the publication day",
			text:    "Eva Falk said at a funeral in Ostburg that the farm was sold.",
			trigger: "funeral"},
		{name: "a when clause after a since takes the start of the stretch",
			text:    "Gus Holm has lived in Ostburg since 2022, when he sold his farm near Riverton.",
			trigger: "sell", start: "2022-01-01", basis: BasisText},
		{name: "a when clause after a since month takes the month",
			text:    "Eva Falk has cared for the farm since January, when Gus Holm was found in the river.",
			trigger: "find", start: "2025-01-01", basis: BasisText},
		{name: "a when clause right after its time, however the parse hangs it",
			text:    "Gus Holm's neighbours have cared for him since January, when he was found clinging to a tube in the river.",
			trigger: "find", start: "2025-01-01", basis: BasisText},
		{name: "a when clause right after a year takes the year",
			text:    "Gus Holm moved to Ostburg in 2022, when the floods hit Riverton.",
			trigger: "hit", start: "2022-01-01", basis: BasisText},
		{name: "a conjunct in a tense of its own is not the when clause's",
			text:    "Norland has been fighting rebels in the east since 2022, when Ostburg also seized the river, and has been resisting a full invasion.",
			trigger: "resist", start: "2025-03-17", basis: BasisPublication},
		{name: "an act done in words is an event of the story, not a report",
			text:    "On Wednesday, Gus Holm sold his farm. Eva Falk ordered an inquiry into the sale.",
			trigger: "order", start: "2025-03-12", basis: BasisNarrative},
		{name: "a deed the trigger lexicon finds goes on with the story",
			text:    "On Wednesday, Gus Holm sold his farm. Eva Falk also fired Carl Dahl.",
			trigger: "fire", start: "2025-03-12", basis: BasisNarrative},
		{name: "what is done at an occasion takes its day",
			text:    "Gus Holm approved the takeover at a meeting on Wednesday, with 91 percent of votes cast in favour.",
			trigger: "approve", start: "2025-03-12", basis: BasisText},
		{name: "a lede's perfect the trigger lexicon finds is the day's news",
			text:    "Ostburg Rovers have appointed Gus Holm as manager until the end of the season.",
			trigger: "appoint", start: "2025-03-17", basis: BasisPublication},
		{name: "a perfect after the story has set a time is no news of the day",
			text:    "On Wednesday, Gus Holm sold his farm. Ostburg Rovers have appointed Eva Falk as manager.",
			trigger: "appoint", start: "", basis: ""},
		{name: "a bare season in a habitual clause is every such season, not the next",
			text:    "Sudland has repeatedly targeted the grid, causing blackouts in winter.",
			trigger: "cause", start: "2025-03-17", basis: BasisPublication},
		{name: "a season named as one dates the clause",
			text:    "Sudland attacked the grid last winter, causing blackouts.",
			trigger: "attack", start: "2024-12-01", basis: BasisText},
		{name: "a perfect since a year fills the stretch from it",
			text:    "Norland has been fighting rebels in the east since 2022.",
			trigger: "fight", start: "2022-01-01", basis: BasisText},
		{name: "a when clause after since is at the start, not the stretch",
			text:    "Norland has been fighting rebels since 2022, when Sudland seized Ostburg.",
			trigger: "seize", start: "2022-01-01", basis: BasisText},
		{name: "an event noun's light verb carries the story's time",
			text:    "On Wednesday, Gus Holm sold his farm. Police opened an investigation into the sale.",
			trigger: "investigation", start: "2025-03-12", basis: BasisNarrative},
		{name: "a report in a past story is told for the day's paper",
			text:    "On Wednesday, Gus Holm sold his farm. Eva Falk told reporters the price was too low.",
			trigger: "tell", start: "2025-03-17", basis: BasisPublication},
		{name: "a saying is not dated by a noun of what was said",
			text:    "Eva Falk said last week's flood was a disaster.",
			trigger: "say", start: "2025-03-17", basis: BasisPublication},
	}
	runDatingCases(t, tests, more)
}

// TestDaylessSaying checks that a saying the lexicon finds and dates
// only by the publication day is left out of the pictures, as one the
// parse finds: it has no day of its own.
func TestDaylessSaying(t *testing.T) {
	analyzer, err := language.Default()
	if err != nil {
		t.Fatal(err)
	}
	doc, tx, am := fixture(t, "Eva Falk said the farm near Riverton was too small.", cast, dates)
	r := Document(doc, tx, am, analyzer.Analyze(doc))
	e := eventWith(r, "say")
	if e == nil || e.When == nil {
		t.Fatalf("no dated saying%s", describe(r))
	}
	if e.Salience >= timeline.DefaultMinSalience {
		t.Errorf("salience %.2f, want under %.2f%s", e.Salience, timeline.DefaultMinSalience, describe(r))
	}
}

// TestCycleOf checks which names the past-tense correction may move: a
// bare weekday by a week, a bare month by a year, nothing with a digit
// or a word that says which one is meant.
func TestCycleOf(t *testing.T) {
	for text, want := range map[string]string{
		"Friday": "week", "Friday night": "week", "10 p.m. Wednesday": "", "in January": "year",
		"January 1999": "", "next Friday": "", "this January": "", "last week": "", "Jan. 14": "",
	} {
		if got := cycleOf(text); got != want {
			t.Errorf("cycleOf(%q) = %q, want %q", text, got, want)
		}
	}
}

// TestOffsetDates: "N days after" or "a week before" places an event
// against the day of the clause it hangs from (publication Monday
// 2025-03-17).
func TestOffsetDates(t *testing.T) {
	more := append(slices.Clone(dates),
		when{text: "two days", value: "P2D"},
		when{text: "a day", value: "P1D"},
		when{text: "a week", value: "P1W"},
		when{text: "a month", value: "P1M"},
		when{text: "Wednesday", start: "2025-03-12"},
	)
	tests := []datingCase{
		{name: "days after a clause",
			text:    "Regulators closed the bank on Wednesday, two days after customers withdrew their savings.",
			trigger: "withdraw", start: "2025-03-10", basis: BasisText},
		{name: "a day after a passive",
			text:    "Carl Dahl resigned on Sunday, a day after the report was published.",
			trigger: "publish", start: "2025-03-15", basis: BasisText},
		{name: "a conjunct shares its clause's after",
			text:    "Villagers marched through Ostburg on Wednesday, a day after a police officer shot and killed a man.",
			trigger: "kill", start: "2025-03-11", basis: BasisText},
		{name: "an infinitive shares the offset of the verb it completes",
			text:    "Villagers returned home on Wednesday, two days after a fire forced them to flee.",
			trigger: "flee", start: "2025-03-10", basis: BasisText},
		{name: "a week before is a week give or take a day: 18..20 March",
			text:    "Eva Falk left on Wednesday, a week before Gus Holm arrived.",
			trigger: "arrive", start: "2025-03-18", basis: BasisText},
		{name: "a week after, never on the anchor's day: 4..6 March",
			text:    "Eva Falk left on Wednesday, a week after Gus Holm arrived.",
			trigger: "arrive", start: "2025-03-04", basis: BasisText},
		{name: "a day that owns the event dates it, after a preposition of another noun",
			text:    "The toll from Wednesday's earthquake rose on Saturday.",
			trigger: "earthquake", start: "2025-03-12", basis: BasisText},
		{name: "a day before an event noun the story has dated",
			text:    "The bank collapsed on Wednesday. Carl Dahl resigned a day before the collapse.",
			trigger: "resign", start: "2025-03-11", basis: BasisText},
		{name: "a verb whose past is its present, with a past day",
			text:    "Carl Dahl beat Gus Holm 2-1 on Saturday.",
			trigger: "beat", start: "2025-03-15", basis: BasisText},
		{name: "a month says the month",
			text:    "Eva Falk left on Wednesday, a month after Gus Holm arrived.",
			trigger: "arrive", start: "2025-02-01"},
	}
	runDatingCases(t, tests, more)
}

// TestDateRanges: two expressions that open and close a range date an
// event with the whole of it.
func TestDateRanges(t *testing.T) {
	analyzer, err := language.Default()
	if err != nil {
		t.Fatal(err)
	}
	years := []when{
		{text: "2019", start: "2019-01-01", end: "2019-12-31", gran: timeline.Year, value: "2019"},
		{text: "2022", start: "2022-01-01", end: "2022-12-31", gran: timeline.Year, value: "2022"},
	}
	tests := []struct{ text, trigger, end, words string }{
		{"Carl Dahl took bribes between 2019 and 2022.", "bribe", "2022-12-31", "between 2019 and 2022"},
		{"Carl Dahl ran the mill from 2019 to 2022.", "run", "2022-12-31", "from 2019 to 2022"},
		{"Carl Dahl ran the mill in 2019 and sold it in 2022.", "run", "2019-12-31", "2019"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			doc, tx, am := fixture(t, tc.text, cast, years)
			r := Document(doc, tx, am, analyzer.Analyze(doc))
			e := eventWith(r, tc.trigger)
			switch {
			case e == nil || e.When == nil:
				t.Fatalf("no dated event %q%s", tc.trigger, describe(r))
			case e.When.Start.String() != "2019-01-01" || e.When.End.String() != tc.end || e.When.Text != tc.words:
				t.Errorf("when %s..%s %q, want 2019-01-01..%s %q", e.When.Start, e.When.End, e.When.Text, tc.end, tc.words)
			}
		})
	}
}

// TestRangeOpenings: a range dates its event whole, "from March to June
// 2025" (the tagger gives March the closing date's year), and a bare day
// opening it takes the closing date's month ("from 3 to 5 May").
func TestRangeOpenings(t *testing.T) {
	analyzer, err := language.Default()
	if err != nil {
		t.Fatal(err)
	}
	dates := []when{
		{text: "March", start: "2025-03-01", end: "2025-03-31", gran: timeline.Month, value: "2025-03"},
		{text: "June 2025", start: "2025-06-01", end: "2025-06-30", gran: timeline.Month, value: "2025-06"},
		{text: "5 May", start: "2025-05-05", end: "2025-05-05", gran: timeline.Day, value: "2025-05-05"},
	}
	tests := []struct{ text, trigger, start, end, value, words string }{
		{"The plant was closed from March to June 2025.", "close", "2025-03-01", "2025-06-30", "2025-03", "from March to June 2025"},
		{"Carl Dahl met Anna Berg from 3 to 5 May.", "meet", "2025-05-03", "2025-05-05", "2025-05-05", "from 3 to 5 May"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			doc, tx, am := fixture(t, tc.text, cast, dates)
			r := Document(doc, tx, am, analyzer.Analyze(doc))
			e := eventWith(r, tc.trigger)
			switch {
			case e == nil || e.When == nil:
				t.Fatalf("no dated event %q%s", tc.trigger, describe(r))
			case e.When.Start.String() != tc.start || e.When.End.String() != tc.end || e.When.Value != tc.value || e.When.Text != tc.words:
				t.Errorf("when %s..%s %s %q, want %s..%s %s %q", e.When.Start, e.When.End, e.When.Value, e.When.Text, tc.start, tc.end, tc.value, tc.words)
			}
		})
	}
}

// TestAnnouncingIsSaying: a verb of announcing is dated as a saying is
// (publication Monday 2025-03-17).
func TestAnnouncingIsSaying(t *testing.T) {
	runDatingCases(t, []datingCase{
		{name: "a correspondent reports", text: "Carl Dahl reports from Ostburg.", trigger: "report", start: "2025-03-17", basis: BasisPublication},
		{name: "a testimony has a day of its own", text: "Carl Dahl, who testified against Anna Berg, was questioned on Friday.", trigger: "testify"},
	}, dates)
}

// TestAnaphoricDates: a definite event noun is the event of that word
// just told, a deed set in it happened when it did, and a saying beside a
// dated deed was said then (publication Monday 2025-03-17).
func TestAnaphoricDates(t *testing.T) {
	runDatingCases(t, []datingCase{
		{name: "the quake is the quake just told",
			text:    "An earthquake struck Ostburg on Wednesday. Rescuers said the quake was shallow.",
			trigger: "quake", start: "2025-03-12", basis: BasisNarrative},
		{name: "a deed in it happened then",
			text:    "An earthquake struck Ostburg on Wednesday. Residents said a tower in the old town collapsed in the quake.",
			trigger: "collapse", start: "2025-03-12", basis: BasisNarrative},
		{name: "an event noun told in a saying of the publication day is the event told before",
			text:    "Anna Berg died on Wednesday. Her death was announced by her publisher.",
			trigger: "death", start: "2025-03-12", basis: BasisNarrative},
		{name: "a saying alongside a dated deed",
			text:    "Donors met in Ostburg on Wednesday. Opening the meeting, Anna Berg thanked the donors and said every school would be rebuilt.",
			trigger: "say", start: "2025-03-12", basis: BasisNarrative},
		{name: "only a day is carried",
			text:    "An earthquake struck Ostburg in 2022. Rescuers said the quake was shallow.",
			trigger: "quake", start: ""},
	}, dates)
}
