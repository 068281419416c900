package temporal

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// Normalisation against the discourse and the calendar: "that same day"
// after a month, "last <month>" next to the publication month, quarters
// that have not begun yet.

func TestThatDayInCoarserPeriod(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"same day in a month", "The mill shut last November. Its owner left town that same day.", []string{
			"last November | DATE | 2024-11 | 2024-11-01..2024-11-30",
			"that same day | DATE | 2024-11-XX | 2024-11-01..2024-11-30"}},
		{"later that day in a year", "The bridge fell in 2019. Later that day the mayor resigned.", []string{
			"2019 | DATE | 2019 | 2019-01-01..2019-12-31",
			"Later that day | DATE | 2019-XX-XX | 2019-01-01..2019-12-31"}},
		{"a day after the month is the day", "The mill shut last November. On Dec. 2 the owner spoke. That day he wept.", []string{
			"last November | DATE | 2024-11 | 2024-11-01..2024-11-30",
			"Dec. 2 | DATE | 2024-12-02 | 2024-12-02..2024-12-02",
			"That day | DATE | 2024-12-02 | 2024-12-02..2024-12-02"}},
		{"a day that names a thing is not the story's", "Donors met on Dec. 2 to rebuild what the flood of Nov. 20 destroyed. On the same day, a court freed the mayor.", []string{
			"Dec. 2 | DATE | 2024-12-02 | 2024-12-02..2024-12-02",
			"Nov. 20 | DATE | 2024-11-20 | 2024-11-20..2024-11-20",
			"the same day | DATE | 2024-12-02 | 2024-12-02..2024-12-02"}},
		{"nor one before its noun", "Talks ended on Dec. 2, before the Nov. 30 deadline. That day the envoy left.", []string{
			"Dec. 2 | DATE | 2024-12-02 | 2024-12-02..2024-12-02",
			"Nov. 30 | DATE | 2024-11-30 | 2024-11-30..2024-11-30",
			"That day | DATE | 2024-12-02 | 2024-12-02..2024-12-02"}},
		{"a month named long before is not it", "The mill shut last November." + filler + "Dealers who sold that day lost money.", []string{
			"last November | DATE | 2024-11 | 2024-11-01..2024-11-30"}},
	})
}

// filler is a stretch of words with no time in it, longer than coarseReach.
const filler = " The owners of the mill, a family firm from the valley, had long argued with the union over pay, pensions," +
	" shifts and the cost of heating the old sheds, and neither side would give ground on any of it while the banks watched. "

func TestLastMonthName(t *testing.T) {
	april := timeline.NewDate(2025, 4, 3)
	runCases(t, april, []tagCase{
		{"the month just ended is a year back", "A ferry sank last March.", []string{"last March | DATE | 2024-03 | 2024-03-01..2024-03-31"}},
		{"an earlier month this year", "A ferry sank last February.", []string{"last February | DATE | 2025-02 | 2025-02-01..2025-02-28"}},
		{"the publication month", "A ferry sank last April.", []string{"last April | DATE | 2024-04 | 2024-04-01..2024-04-30"}},
	})
	runCases(t, april, []tagCase{
		{"next month by name is a year ahead", "The ferry sails next May.", []string{"next May | DATE | 2026-05 | 2026-05-01..2026-05-31"}},
		{"a later month this year", "The ferry sails next June.", []string{"next June | DATE | 2025-06 | 2025-06-01..2025-06-30"}},
	})
	january := timeline.NewDate(2025, 1, 9)
	runCases(t, january, []tagCase{
		{"across new year", "A ferry sank last December.", []string{"last December | DATE | 2024-12 | 2024-12-01..2024-12-31"}},
	})
	december := timeline.NewDate(2024, 12, 9)
	runCases(t, december, []tagCase{
		{"across new year ahead", "The ferry sails next January.", []string{"next January | DATE | 2025-01 | 2025-01-01..2025-01-31"}},
	})
}

func TestQuarterNotBegun(t *testing.T) {
	february := timeline.NewDate(2025, 2, 12)
	runCases(t, february, []tagCase{
		{"past tense", "The brewer posted a loss for the fourth quarter.", []string{"the fourth quarter | DATE | 2024-Q4 | 2024-10-01..2024-12-31"}},
		{"no tense, the quarter just ended", "Fourth-quarter sales at the brewer: $3 million.", []string{"Fourth-quarter | DATE | 2024-Q4 | 2024-10-01..2024-12-31"}},
		{"future", "The brewer will open a plant in the fourth quarter.", []string{"the fourth quarter | DATE | 2025-Q4 | 2025-10-01..2025-12-31"}},
		{"no tense, a later quarter", "Third-quarter plans at the brewer: a new plant.", []string{"Third-quarter | DATE | 2025-Q3 | 2025-07-01..2025-09-30"}},
		{"begun already", "The brewer posted a loss for the first quarter.", []string{"the first quarter | DATE | 2025-Q1 | 2025-01-01..2025-03-31"}},
		{"a half", "Sales fell in the second half.", []string{"the second half | DATE | 2024-H2 | 2024-07-01..2024-12-31"}},
		{"a year given", "Sales fell in the fourth quarter of 2025.", []string{"the fourth quarter of 2025 | DATE | 2025-Q4 | 2025-10-01..2025-12-31"}},
	})
}

func TestFrontedTimeTakesMainVerb(t *testing.T) {
	october := timeline.NewDate(2024, 10, 20)
	runCases(t, october, []tagCase{
		// the main verb comes long after the fronted month
		{"fronted month, past", "In January, a week after the anniversary of the Smith vs. Jones ruling on the county's water rights, a flood in Salem, Ore., and Dayton, Tenn., ruined the crops.", []string{
			"January | DATE | 2024-01 | 2024-01-01..2024-01-31",
			"a week | DURATION | P1W"}},
		// that far, a future word is not trusted: the month stays as it
		// would be with no tense (the nearest, leaning to the past)
		{"fronted month, a noun far on", "In December, a week after the anniversary of the Smith vs. Jones ruling on the county's water rights, a vote on the new water plan.", []string{
			"December | DATE | 2024-12 | 2024-12-01..2024-12-31",
			"a week | DURATION | P1W"}},
		// the stop of "Gov." does not hide the verb after it
		{"a title is no sentence end", "In December, Gov. Lee and Sen. Park met with farmers.", []string{
			"December | DATE | 2023-12 | 2023-12-01..2023-12-31"}},
	})
}

func TestClockBeforeWeekday(t *testing.T) {
	runCases(t, monday, []tagCase{
		// the deadline is read from the clock time on, not from the weekday
		{"deadline", "The agency extended its deadline until 9 a.m. EST Tuesday.", []string{"9 a.m. EST Tuesday | TIME | 2025-03-18T09:00 | 2025-03-18..2025-03-18"}},
		{"past", "The ferry left at 10 p.m. Saturday.", []string{"10 p.m. Saturday | TIME | 2025-03-15T22:00 | 2025-03-15..2025-03-15"}},
	})
}

func TestYearEarlierOfAStretch(t *testing.T) {
	october := timeline.NewDate(2024, 10, 24)
	runCases(t, october, []tagCase{
		{"after the quarter", "Third-quarter profit at the mill rose 4% from a year earlier.", []string{
			"Third-quarter | DATE | 2024-Q3 | 2024-07-01..2024-09-30",
			"a year earlier | DATE | 2023-Q3 | 2023-07-01..2023-09-30"}},
		// nine months are compared with the year before, not its quarter
		{"after nine months", "Third-quarter profit rose. For the nine months, profit fell from $9 a year earlier.", []string{
			"Third-quarter | DATE | 2024-Q3 | 2024-07-01..2024-09-30",
			"the nine months | DURATION | P9M",
			"a year earlier | DATE | 2023 | 2023-01-01..2023-12-31"}},
		{"year period after nine months", "Third-quarter profit rose. In the first nine months, sales fell from the 2023 period.", []string{
			"Third-quarter | DATE | 2024-Q3 | 2024-07-01..2024-09-30",
			"the first nine months | DURATION | P9M",
			"the 2023 period | DATE | 2023 | 2023-01-01..2023-12-31"}},
		// "the quarter" brings the report back to the quarter
		{"back to the quarter", "Third-quarter profit rose. For the nine months, sales fell. In the quarter, sales rose from a year ago.", []string{
			"Third-quarter | DATE | 2024-Q3 | 2024-07-01..2024-09-30",
			"the nine months | DURATION | P9M",
			"the quarter | DATE | 2024-Q3 | 2024-07-01..2024-09-30",
			"a year ago | DATE | 2023-Q3 | 2023-07-01..2023-09-30"}},
	})
}

func TestQuarterEnded(t *testing.T) {
	october := timeline.NewDate(2024, 10, 24)
	runCases(t, october, []tagCase{
		{"calendar quarter", "For the quarter ended Sept. 30, the brewer earned $4 million.", []string{
			"the quarter | DATE | 2024-Q3 | 2024-07-01..2024-09-30",
			"Sept. 30 | DATE | 2024-09-30 | 2024-09-30..2024-09-30"}},
		// most of May, June and July lies in the second quarter
		{"fiscal quarter off the calendar", "In the quarter ended July 31, the brewer lost $2 million.", []string{
			"the quarter | DATE | 2024-Q2 | 2024-04-01..2024-06-30",
			"July 31 | DATE | 2024-07-31 | 2024-07-31..2024-07-31"}},
		// a quarter named before keeps its name
		{"after a fiscal quarter", "The brewer earned $4 million in the fiscal first quarter. For the quarter ended Sept. 30, sales rose.", []string{
			"the fiscal first quarter | DATE | 2024-Q1 | 2024-01-01..2024-03-31",
			"the quarter | DATE | 2024-Q1 | 2024-01-01..2024-03-31",
			"Sept. 30 | DATE | 2024-09-30 | 2024-09-30..2024-09-30"}},
	})
}

func TestIrregularPast(t *testing.T) {
	runCases(t, monday, []tagCase{
		// "spent" tells the past before "plan" can tell a future
		{"spent", "On Thursday he spent hours with the envoy to discuss the plan.", []string{
			"Thursday | DATE | 2025-03-13 | 2025-03-13..2025-03-13"}},
	})
}

func TestSamePeriodAYearBack(t *testing.T) {
	october := timeline.NewDate(2024, 10, 24)
	runCases(t, october, []tagCase{
		{"corresponding period", "The mill lost $3 in the third quarter, against a gain in the corresponding period last year.", []string{
			"the third quarter | DATE | 2024-Q3 | 2024-07-01..2024-09-30",
			"the corresponding period last year | DATE | 2023-Q3 | 2023-07-01..2023-09-30"}},
		{"the quarter a year ago", "Third-quarter sales rose. For the quarter a year ago, the mill earned $2.", []string{
			"Third-quarter | DATE | 2024-Q3 | 2024-07-01..2024-09-30",
			"the quarter a year ago | DATE | 2023-Q3 | 2023-07-01..2023-09-30"}},
		{"no quarter named", "Sales fell from the same quarter the previous year.", []string{
			"the same quarter the previous year | DATE | 2023-Q3 | 2023-07-01..2023-09-30"}},
		// which comparable period is meant is not said
		{"comparable alone", "Sales rose from the comparable period.", nil},
	})
}

func TestScheduledPresent(t *testing.T) {
	friday := timeline.NewDate(2025, 3, 21)
	runCases(t, friday, []tagCase{
		{"votes", "The council votes Tuesday on the budget.", []string{"Tuesday | DATE | 2025-03-25 | 2025-03-25..2025-03-25"}},
		{"meet", "The two ministers meet again Monday in Oslo.", []string{"Monday | DATE | 2025-03-24 | 2025-03-24..2025-03-24"}},
		{"infinitive", "The board failed to meet Monday.", []string{"Monday | DATE | 2025-03-17 | 2025-03-17..2025-03-17"}},
		{"after an auxiliary", "The ministers did not meet Monday.", []string{"Monday | DATE | 2025-03-17 | 2025-03-17..2025-03-17"}},
		{"a noun", "The votes Monday surprised the party.", []string{"Monday | DATE | 2025-03-17 | 2025-03-17..2025-03-17"}},
		{"head of", "On Wednesday, the head of the assembly spoke.", []string{"Wednesday | DATE | 2025-03-19 | 2025-03-19..2025-03-19"}},
		{"an adjective", "The shops stayed open Monday.", []string{"Monday | DATE | 2025-03-17 | 2025-03-17..2025-03-17"}},
		{"a noun without article", "He went on leave Tuesday.", []string{"Tuesday | DATE | 2025-03-18 | 2025-03-18..2025-03-18"}},
		// a present after the expression belongs to another clause
		{"present after", "The fund began buying shares in January, and holds 5%.", []string{"January | DATE | 2025-01 | 2025-01-01..2025-01-31"}},
	})
}

func TestForecastQuarterIsNoTopic(t *testing.T) {
	october := timeline.NewDate(2024, 10, 24)
	runCases(t, october, []tagCase{
		{"forecast of the running quarter", "The mill lost $3 in the third quarter. Analysts expect the slump to go on into the fourth quarter. In the year-ago period, the mill earned $2.", []string{
			"the third quarter | DATE | 2024-Q3 | 2024-07-01..2024-09-30",
			"the fourth quarter | DATE | 2024-Q4 | 2024-10-01..2024-12-31",
			"the year-ago period | DATE | 2023-Q3 | 2023-07-01..2023-09-30"}},
		{"the running quarter reported on", "The mill lost $3 in the third quarter. Sales fell in the fourth quarter so far, from a year earlier.", []string{
			"the third quarter | DATE | 2024-Q3 | 2024-07-01..2024-09-30",
			"the fourth quarter | DATE | 2024-Q4 | 2024-10-01..2024-12-31",
			"a year earlier | DATE | 2023-Q4 | 2023-10-01..2023-12-31"}},
	})
}

func TestLastWinterInWinter(t *testing.T) {
	january := timeline.NewDate(2025, 1, 20)
	runCases(t, january, []tagCase{
		{"this winter", "Snow fell this winter.", []string{"this winter | DATE | 2024-WI | 2024-12-01..2025-02-28"}},
		{"last winter", "Snow fell last winter.", []string{"last winter | DATE | 2023-WI | 2023-12-01..2024-02-29"}},
		{"last fall", "Sales fell last fall.", []string{"last fall | DATE | 2024-FA | 2024-09-01..2024-11-30"}},
	})
}

func TestLaterInTheDay(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"later in the day", "The envoy landed in Riga on Thursday and met the premier later in the day.", []string{
			"Thursday | DATE | 2025-03-13 | 2025-03-13..2025-03-13",
			"the day | DATE | 2025-03-13 | 2025-03-13..2025-03-13"}},
		{"earlier in the day, no date before", "Earlier in the day, the envoy met the premier.", []string{
			"the day | DATE | 2025-03-17 | 2025-03-17..2025-03-17"}},
		{"the day alone", "The day was long.", nil},
	})
}

func TestVagueLater(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"hours later", "The dam broke on March 3. Hours later, the valley flooded.", []string{
			"March 3 | DATE | 2025-03-03 | 2025-03-03..2025-03-03",
			"Hours later | DATE | 2025-03-03 | 2025-03-03..2025-03-03"}},
		// a vague amount of days stays vague, with the days it allows
		{"days later", "The dam broke on March 3. Days later, the mayor quit.", []string{
			"March 3 | DATE | 2025-03-03 | 2025-03-03..2025-03-03",
			"Days later | DATE | FUTURE_REF | 2025-03-05..2025-03-12"}},
		{"weeks earlier", "The dam broke on March 3. Weeks earlier, engineers had warned.", []string{
			"March 3 | DATE | 2025-03-03 | 2025-03-03..2025-03-03",
			"Weeks earlier | DATE | PAST_REF | 2024-12-30..2025-02-17"}},
	})
}

func TestEarlierThisMonthOnTheFirst(t *testing.T) {
	first := timeline.NewDate(2024, 11, 1)
	runCases(t, first, []tagCase{
		{"on the first", "Earlier this month the mill shut.", []string{"Earlier this month | DATE | 2024-11 | 2024-11-01..2024-11-30"}},
	})
	runCases(t, timeline.NewDate(2024, 11, 20), []tagCase{
		{"later in the month", "Earlier this month the mill shut.", []string{"Earlier this month | DATE | 2024-11 | 2024-11-01..2024-11-20"}},
	})
}

// TestMidnightEndsTheDay: "midnight Friday" is the end of Friday (T24:00),
// as news style uses it for deadlines; "after midnight" is the first hours
// of the day, T00:00.
func TestMidnightEndsTheDay(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"deadline", "The ultimatum expired at midnight Friday.", []string{"midnight Friday | TIME | 2025-03-14T24:00 | 2025-03-14..2025-03-14"}},
		{"bare midnight", "The curfew began at midnight.", []string{"midnight | TIME | 2025-03-17T24:00 | 2025-03-17..2025-03-17"}},
		{"after midnight", "Shortly after midnight, shots rang out.", []string{"midnight | TIME | 2025-03-17T00:00 | 2025-03-17..2025-03-17"}},
	})
}

// TestHourWithPartOfDay: a bare hour with "in the morning", "in the
// afternoon" or "at night" after "at" or the like is a clock time with its
// half of the clock; a count before the same words is not.
func TestHourWithPartOfDay(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"morning", "The father will leave at 4 in the morning.", []string{"4 in the morning | TIME | 2025-03-17T04:00 | 2025-03-17..2025-03-17"}},
		{"afternoon", "The blast came at about 3 in the afternoon.", []string{"about 3 in the afternoon | TIME | 2025-03-17T15:00 | APPROX | 2025-03-17..2025-03-17"}},
		{"late night", "They left at 11 at night.", []string{"11 at night | TIME | 2025-03-17T23:00 | 2025-03-17..2025-03-17"}},
		{"early night", "They left at 2 at night.", []string{"2 at night | TIME | 2025-03-17T02:00 | 2025-03-17..2025-03-17"}},
		{"a count", "He won 4 in the morning session.", nil},
	})
}
