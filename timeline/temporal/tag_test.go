package temporal

import (
	"strings"
	"sync"
	"testing"

	"github.com/storyline/storyline/timeline"
)

// monday is the publication date of most cases: Monday 17 March 2025, in
// ISO week 12.
var monday = timeline.NewDate(2025, 3, 17)

type tagCase struct {
	name string
	text string
	want []string // "text | TYPE | value [| mod] [| start..end]"
}

// describe writes a timex the way the cases spell their expectations.
func describe(x timeline.Timex) string {
	parts := []string{x.Text, x.Type, x.Value}
	if x.Mod != "" {
		parts = append(parts, x.Mod)
	}
	if x.Interval != nil {
		parts = append(parts, x.Interval.Start.String()+".."+x.Interval.End.String())
	}
	return strings.Join(parts, " | ")
}

func runCases(t *testing.T, dct timeline.Date, cases []tagCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := Tag(c.text, dct)
			var desc []string
			for _, x := range got {
				desc = append(desc, describe(x))
			}
			if strings.Join(desc, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("Tag(%q)\n got:\n  %s\nwant:\n  %s", c.text, strings.Join(desc, "\n  "), strings.Join(c.want, "\n  "))
			}
		})
	}
}

func TestAbsoluteDates(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"month day year", "The summit met on June 28, 2019.", []string{"June 28, 2019 | DATE | 2019-06-28 | 2019-06-28..2019-06-28"}},
		{"abbreviated month", "It closed Aug. 7, 1998, after talks.", []string{"Aug. 7, 1998 | DATE | 1998-08-07 | 1998-08-07..1998-08-07"}},
		{"day month year", "Signed on 28 June 2019 in Osaka.", []string{"28 June 2019 | DATE | 2019-06-28 | 2019-06-28..2019-06-28"}},
		{"month year", "Prices fell in January 1998.", []string{"January 1998 | DATE | 1998-01 | 1998-01-01..1998-01-31"}},
		{"bare year", "The plant opened in 1998.", []string{"1998 | DATE | 1998 | 1998-01-01..1998-12-31"}},
		{"a street number is no year", "He runs a shop at 2016 Ontario Street.", nil},
		{"a year after 'at' is one", "Prices stayed at 2016 levels. Talks resumed at 2016's end.", []string{"2016 | DATE | 2016 | 2016-01-01..2016-12-31", "2016 | DATE | 2016 | 2016-01-01..2016-12-31"}},
		{"since a year", "It has held Crimea since 2014.", []string{"2014 | DATE | 2014 | 2014-01-01..2025-03-17"}},
		{"iso date", "Filed 2025-03-01 by the court.", []string{"2025-03-01 | DATE | 2025-03-01 | 2025-03-01..2025-03-01"}},
		{"numeric date", "Filed 3/15/2025 by the court.", []string{"3/15/2025 | DATE | 2025-03-15 | 2025-03-15..2025-03-15"}},
		{"numeric date day first", "Agreed on 12/03/2025 in Jeddah.", []string{"12/03/2025 | DATE | 2025-03-12 | 2025-03-12..2025-03-12"}},
		{"numeric date day first by range", "Agreed on 25/03/2024.", []string{"25/03/2024 | DATE | 2024-03-25 | 2024-03-25..2024-03-25"}},
		{"weekday and date", "Talks resume Monday, Oct. 26, 1998.", []string{"Monday, Oct. 26, 1998 | DATE | 1998-10-26 | 1998-10-26..1998-10-26"}},
		{"not a year", "It cost $1998 and rose 2000%.", nil},
		{"month day nearest year", "The vote is set for Dec. 7.", []string{"Dec. 7 | DATE | 2024-12-07 | 2024-12-07..2024-12-07"}},
		{"modal may", "May I ask? They may leave.", nil},
		{"a range's opening month takes its closing year", "The plant was shut from March to June 2023.",
			[]string{"March | DATE | 2023-03 | 2023-03-01..2023-03-31", "June 2023 | DATE | 2023-06 | 2023-06-01..2023-06-30"}},
		{"the year before when the opening month comes later", "Work ran from December to March 2023.",
			[]string{"December | DATE | 2022-12 | 2022-12-01..2022-12-31", "March 2023 | DATE | 2023-03 | 2023-03-01..2023-03-31"}},
		{"no range, no borrowing", "It opened in March and closed in June 2023.",
			[]string{"March | DATE | 2025-03 | 2025-03-01..2025-03-31", "June 2023 | DATE | 2023-06 | 2023-06-01..2023-06-30"}},
	})
}

func TestRelativeDays(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"today yesterday tomorrow", "Today, yesterday and tomorrow.", []string{
			"Today | DATE | 2025-03-17 | 2025-03-17..2025-03-17",
			"yesterday | DATE | 2025-03-16 | 2025-03-16..2025-03-16",
			"tomorrow | DATE | 2025-03-18 | 2025-03-18..2025-03-18"}},
		{"past weekday", "Putin met the envoy on Saturday.", []string{"Saturday | DATE | 2025-03-15 | 2025-03-15..2025-03-15"}},
		{"weekday is the publication day", "Moscow said on Monday it would insist.", []string{"Monday | DATE | 2025-03-17 | 2025-03-17..2025-03-17"}},
		{"future weekday", "The leaders will speak on Thursday.", []string{"Thursday | DATE | 2025-03-20 | 2025-03-20..2025-03-20"}},
		{"expected weekday", "A vote is expected Friday.", []string{"Friday | DATE | 2025-03-21 | 2025-03-21..2025-03-21"}},
		{"last weekday", "The envoy arrived last Friday.", []string{"last Friday | DATE | 2025-03-14 | 2025-03-14..2025-03-14"}},
		{"next weekday", "They meet next Monday.", []string{"next Monday | DATE | 2025-03-24 | 2025-03-24..2025-03-24"}},
		{"possessive weekday is past", "They would appeal Wednesday's ruling.", []string{"Wednesday | DATE | 2025-03-12 | 2025-03-12..2025-03-12"}},
		{"part of day", "Talks ended Wednesday night.", []string{"Wednesday night | DATE | 2025-03-12 | 2025-03-12..2025-03-12"}},
		{"this morning", "He spoke this morning.", []string{"this morning | TIME | 2025-03-17TMO | 2025-03-17..2025-03-17"}},
		{"last night", "Strikes hit last night.", []string{"last night | TIME | 2025-03-16TNI | 2025-03-16..2025-03-16"}},
		{"tonight", "He speaks tonight.", []string{"tonight | TIME | 2025-03-17TNI | 2025-03-17..2025-03-17"}},
		{"holiday", "The truce held over Christmas.", []string{"Christmas | DATE | 2024-12-25 | 2024-12-25..2024-12-25"}},
		{"a feast naming a kind of thing is no day", "Gunmen attacked a Christmas party. Easter eggs sold out.", nil},
		{"a feast's day and a time named by the feast are", "Christmas Day is near. The Christmas holidays begin.",
			[]string{"Christmas Day | DATE | 2024-12-25 | 2024-12-25..2024-12-25", "Christmas | DATE | 2024-12-25 | 2024-12-25..2024-12-25"}},
	})
}

func TestRelativePeriods(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"last week", "The deal proposed last week.", []string{"last week | DATE | 2025-W11 | 2025-03-10..2025-03-16"}},
		{"this week", "They speak again this week.", []string{"this week | DATE | 2025-W12 | 2025-03-17..2025-03-23"}},
		{"next month", "Elections are due next month.", []string{"next month | DATE | 2025-04 | 2025-04-01..2025-04-30"}},
		{"last year", "Output fell last year.", []string{"last year | DATE | 2024 | 2024-01-01..2024-12-31"}},
		{"end of last week", "He met Putin at the end of last week.", []string{"the end of last week | DATE | 2025-W11 | END | 2025-03-10..2025-03-16"}},
		{"earlier this month", "They spoke earlier this month.", []string{"earlier this month | DATE | 2025-03 | 2025-03-01..2025-03-17"}},
		{"later this year", "A vote comes later this year.", []string{"later this year | DATE | 2025 | 2025-03-17..2025-12-31"}},
		{"over the weekend", "Macron said over the weekend that it failed.", []string{"the weekend | DATE | 2025-W11-WE | 2025-03-15..2025-03-16"}},
		{"early month", "Talks began in early March.", []string{"early March | DATE | 2025-03 | START | 2025-03-01..2025-03-31"}},
		{"late year", "It peaked in late 2023.", []string{"late 2023 | DATE | 2023 | END | 2023-01-01..2023-12-31"}},
		{"the year", "Sales for the year rose.", []string{"the year | DATE | 2025 | 2025-01-01..2025-12-31"}},
		{"the year ended", "Profit in the year ended Sept. 30 fell.", []string{
			"the year | DURATION | P1Y",
			"Sept. 30 | DATE | 2024-09-30 | 2024-09-30..2024-09-30"}},
		{"final week", "Talks in Riyadh final week ended.", []string{"final week | DATE | 2025-W11 | 2025-03-10..2025-03-16"}},
	})
}

func TestPeriodCodes(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"quarter code", "Sales rose in Q3 2024 and fell in Q1.", []string{
			"Q3 2024 | DATE | 2024-Q3 | 2024-07-01..2024-09-30",
			"Q1 | DATE | 2025-Q1 | 2025-01-01..2025-03-31"}},
		{"half code", "H1 2024 was weak.", []string{"H1 2024 | DATE | 2024-H1 | 2024-01-01..2024-06-30"}},
		{"fiscal year code", "In FY2024 and FY 25.", []string{
			"FY2024 | DATE | 2024 | 2024-01-01..2024-12-31",
			"FY 25 | DATE | 2025 | 2025-01-01..2025-12-31"}},
		{"not a code", "The Q5 model and a H2O leak.", nil},
		{"decimal duration", "It took 1.5 years.", []string{"1.5 years | DURATION | P1.5Y"}},
	})
}

func TestSundayWeek(t *testing.T) {
	sunday := timeline.NewDate(2025, 3, 16)
	runCases(t, sunday, []tagCase{
		{"future this week", "He expects the leaders to speak this week.", []string{"this week | DATE | 2025-W12 | 2025-03-17..2025-03-23"}},
		{"past this week", "Strikes hit the city this week.", []string{"this week | DATE | 2025-W11 | 2025-03-10..2025-03-16"}},
	})
}

func TestQuartersSeasonsDecades(t *testing.T) {
	runCases(t, monday, []tagCase{
		// in March, a third quarter that already happened is last year's
		{"ordinal quarter", "In the third quarter, sales rose.", []string{"the third quarter | DATE | 2024-Q3 | 2024-07-01..2024-09-30"}},
		{"hyphenated quarter", "Third-quarter profit fell.", []string{"Third-quarter | DATE | 2024-Q3 | 2024-07-01..2024-09-30"}},
		{"quarter of a year", "The first quarter of 1990 was weak.", []string{"The first quarter of 1990 | DATE | 1990-Q1 | 1990-01-01..1990-03-31"}},
		{"year-earlier quarter", "In the fourth quarter of 2024 profit rose from the year-earlier quarter.", []string{
			"the fourth quarter of 2024 | DATE | 2024-Q4 | 2024-10-01..2024-12-31",
			"the year-earlier quarter | DATE | 2023-Q4 | 2023-10-01..2023-12-31"}},
		{"a year earlier", "First-quarter profit rose from $5 a year earlier.", []string{
			"First-quarter | DATE | 2025-Q1 | 2025-01-01..2025-03-31",
			"a year earlier | DATE | 2024-Q1 | 2024-01-01..2024-03-31"}},
		{"a forecast is not the topic", "The fourth quarter will be weak; it earned $5 a year earlier.", []string{
			"The fourth quarter | DATE | 2025-Q4 | 2025-10-01..2025-12-31",
			"a year earlier | DATE | 2024 | 2024-01-01..2024-12-31"}},
		{"day before a date", "The day before last Tuesday, talks failed.", []string{
			"The day before last Tuesday | DATE | 2025-03-10 | 2025-03-10..2025-03-10"}},
		{"possessive quarter", "This year's third quarter was weak.", []string{"This year's third quarter | DATE | 2025-Q3 | 2025-07-01..2025-09-30"}},
		{"half", "The first half of 1989 was weak.", []string{"The first half of 1989 | DATE | 1989-H1 | 1989-01-01..1989-06-30"}},
		{"season", "This summer they met; last fall they split.", []string{
			"This summer | DATE | 2025-SU | 2025-06-01..2025-08-31",
			"last fall | DATE | 2024-FA | 2024-09-01..2024-11-30"}},
		{"decade", "In the 1990s and the '80s.", []string{
			"the 1990s | DATE | 199 | 1990-01-01..1999-12-31",
			"'80s | DATE | 198 | 1980-01-01..1989-12-31"}},
		{"mid decade", "By the mid-1990s it grew.", []string{"the mid-1990s | DATE | 199 | MID | 1990-01-01..1999-12-31"}},
		{"century", "The 20th century ended.", []string{"The 20th century | DATE | 19 | 1900-01-01..1999-12-31"}},
	})
}

func TestReferences(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"present", "He now accepts it; prices are currently high.", []string{"now | DATE | PRESENT_REF", "currently | DATE | PRESENT_REF"}},
		{"right now", "It is cold right now.", []string{"right now | DATE | PRESENT_REF"}},
		{"past", "In the past it failed; one official recently said so.", []string{"the past | DATE | PAST_REF", "recently | DATE | PAST_REF"}},
		{"future", "In the future, and soon, in the near future.", []string{"the future | DATE | FUTURE_REF", "soon | DATE | FUTURE_REF", "the near future | DATE | FUTURE_REF"}},
		{"recent years", "In recent years it grew.", []string{"recent years | DURATION | PXY"}},
		{"long ago", "It could have ended long ago.", []string{"long ago | DATE | PAST_REF"}},
		{"now that", "Now that the deal is done, they rest.", []string{"Now | DATE | PRESENT_REF"}},
	})
}

func TestDurations(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"number words", "A truce of three years.", []string{"three years | DURATION | P3Y"}},
		{"vague", "It took several months and a few days.", []string{"several months | DURATION | PXM", "a few days | DURATION | PXD"}},
		{"adjective", "They want a 30-day truce in the three-year war.", []string{"30-day | DURATION | P30D", "three-year | DURATION | P3Y"}},
		{"hours", "Talks lasted 16 hours, then 5 1/2 hours.", []string{"16 hours | DURATION | PT16H", "5 1/2 hours | DURATION | PT5H30M"}},
		{"the past n", "Over the past two months prices fell.", []string{"the past two months | DURATION | P2M"}},
		{"approximate", "It lasted about two years, more than a week.", []string{"about two years | DURATION | P2Y | APPROX", "more than a week | DURATION | P1W | MORE_THAN"}},
		{"compound number", "In the last twenty-four hours.", []string{"the last twenty-four hours | DURATION | PT24H"}},
		{"decades", "A decades-long feud.", []string{"decades-long | DURATION | PXY"}},
		{"age is not a duration", "A 6-year-old boy.", nil},
		{"fraction is not a duration", "About three-quarters of voters.", nil},
		{"not a unit", "A second round began.", nil},
	})
}

func TestSets(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"adverbs", "Flights run daily and reports come weekly.", []string{"daily | SET | P1D", "weekly | SET | P1W"}},
		{"every unit", "They meet every week and each year.", []string{"every week | SET | P1W", "each year | SET | P1Y"}},
		{"every weekday", "Markets close every Monday.", []string{"every Monday | SET | XXXX-WXX-1"}},
		{"every n units", "Elections come every two years.", []string{"every two years | SET | P2Y"}},
	})
}

func TestTimes(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"clock", "The blast came at 10:35 a.m. today.", []string{
			"10:35 a.m. today | TIME | 2025-03-17T10:35 | 2025-03-17..2025-03-17"}},
		{"pm with zone and day", "The deadline is 5 p.m. EST Tuesday, officials said.", []string{
			"5 p.m. EST Tuesday | TIME | 2025-03-18T17:00 | 2025-03-18..2025-03-18"}},
		{"noon", "They met at noon Saturday.", []string{"noon Saturday | TIME | 2025-03-15T12:00 | 2025-03-15..2025-03-15"}},
		{"bare clock needs context", "The score was 2:30 at half time.", nil},
	})
}

func TestAnaphora(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"following day", "The talks began on June 3, 2024. The following day they ended.", []string{
			"June 3, 2024 | DATE | 2024-06-03 | 2024-06-03..2024-06-03",
			"The following day | DATE | 2024-06-04 | 2024-06-04..2024-06-04"}},
		{"bare following is a preposition", "The club have sacked their coach following Saturday's defeat.", []string{
			"Saturday | DATE | 2025-03-15 | 2025-03-15..2025-03-15"}},
		{"a week later", "Talks began on June 3, 2024, and a week later they ended.", []string{
			"June 3, 2024 | DATE | 2024-06-03 | 2024-06-03..2024-06-03",
			"a week later | DATE | 2024-06-10 | 2024-06-10..2024-06-10"}},
		{"ago counts from publication", "Talks began on June 3, 2024; two months ago they ended.", []string{
			"June 3, 2024 | DATE | 2024-06-03 | 2024-06-03..2024-06-03",
			"two months ago | DATE | 2025-01 | 2025-01-01..2025-01-31"}},
		{"vague ago is a range", "A few days ago they met; several years ago, too.", []string{
			"A few days ago | DATE | PAST_REF | 2025-03-08..2025-03-15",
			"several years ago | DATE | PAST_REF | 2016-03-17..2023-03-17"}},
		{"no anchor yet", "The next day, talks ended.", []string{"The next day | DATE | 2025-03-18 | 2025-03-18..2025-03-18"}},
	})
}

func TestNoPublicationDate(t *testing.T) {
	runCases(t, timeline.Date{}, []tagCase{
		{"absolute kept", "On June 28, 2019 they met.", []string{"June 28, 2019 | DATE | 2019-06-28 | 2019-06-28..2019-06-28"}},
		{"weekday underspecified", "They met on Friday.", []string{"Friday | DATE | XXXX-WXX-5"}},
		{"today underspecified", "They meet today.", []string{"today | DATE | XXXX-XX-XX"}},
		{"units underspecified", "Last week, this morning and the past week.", []string{
			"Last week | DATE | XXXX-WXX", "this morning | TIME | XXXX-XX-XXTMO", "the past week | DURATION | P1W"}},
		{"month underspecified", "In March, on March 3.", []string{"March | DATE | XXXX-03", "March 3 | DATE | XXXX-03-03"}},
		// After an absolute date these read the publication date, which
		// is none: counted from the zero date they fell before year 1.
		{"after a date, a night and a weekend underspecified", "On June 28, 2019 they met. They spoke last night and will meet this weekend.", []string{
			"June 28, 2019 | DATE | 2019-06-28 | 2019-06-28..2019-06-28",
			"last night | TIME | XXXX-XX-XXTNI", "this weekend | DATE | XXXX-WXX-WE"}},
	})
}

func TestUnanchored(t *testing.T) {
	for value, want := range map[string]string{
		"-0001-11-29TNI": "XXXX-XX-XXTNI", "-0001-W47-WE": "XXXX-WXX-WE", "-0001-W47": "XXXX-WXX",
		"0000-12": "XXXX-XX", "0000": "XXXX", "0000-Q4": "XXXX-QX", "0000-SU": "XXXX-SU",
	} {
		if got := unanchored(value); got != want {
			t.Errorf("unanchored(%q) = %q, want %q", value, got, want)
		}
	}
}

func TestTaggerReuse(t *testing.T) {
	var tg Tagger
	a := tg.Tag("Talks ended on Friday.", monday)
	b := tg.Tag("Nothing here at all, and a long sentence with no dates whatsoever.", monday)
	c := tg.Tag("Talks ended on Friday.", monday)
	if len(b) != 0 {
		t.Errorf("second text: got %v, want nothing", b)
	}
	if len(a) != 1 || len(c) != 1 || describe(a[0]) != describe(c[0]) {
		t.Errorf("the same text tagged twice differs:\n%v\n%v", a, c)
	}
}

func TestNotExpressions(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"newspaper title", "The Sunday Times reported it.", nil},
		{"troop count", "Some 1500 troops left.", nil},
		{"fall of a city", "After the fall of Kabul prices saw a fall in demand.", nil},
		{"march for", "They joined the annual March for Life.", nil},
		{"tv show", "He spoke on ABC's This Week and on 60 Minutes.", nil},
		{"film title", "It was like the film High Noon.", nil},
		{"rate", "It saves $500 million a year and runs four flights a week.", nil},
		{"age", "Mr. Smith, 52 years old, retired.", nil},
		{"soon after in the past", "He was soon released, soon after his arrest.", nil},
		{"last as a verb", "The strike would last 72 hours.", []string{"72 hours | DURATION | PT72H"}},
		{"two thousand troops", "Two thousand troops and two thousand years.", []string{"two thousand years | DURATION | P2000Y"}},
	})
}

func TestClockFormats(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"dot separator", "The vote closes at 7.30pm.", []string{"7.30pm | TIME | 2025-03-17T19:30 | 2025-03-17..2025-03-17"}},
		{"24-hour with zone", "Markets opened 14:30 GMT.", []string{"14:30 GMT | TIME | 2025-03-17T14:30 | 2025-03-17..2025-03-17"}},
		{"oclock", "They met at 9 o'clock.", []string{"9 o'clock | TIME | 2025-03-17T09:00 | 2025-03-17..2025-03-17"}},
	})
}

// TestTimeBankConventions holds the conventions the TimeBank annotation
// follows where TimeML leaves a choice, and the tense cues that decide a
// bare weekday or month.
func TestTimeBankConventions(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"now as a discourse marker", "Now, he says, the talks can wait.", nil},
		{"now as a time", "The talks are now over.", []string{"now | DATE | PRESENT_REF"}},
		{"deadline after a past verb", "Officials postponed the vote until Tuesday.", []string{"Tuesday | DATE | 2025-03-18 | 2025-03-18..2025-03-18"}},
		{"until opening a sentence", "Until Tuesday, they had not named him.", []string{"Tuesday | DATE | 2025-03-11 | 2025-03-11..2025-03-11"}},
		{"planned to", "The team planned to leave on Thursday.", []string{"Thursday | DATE | 2025-03-20 | 2025-03-20..2025-03-20"}},
		{"planned as a past", "The team left on Friday, as planned.", []string{"Friday | DATE | 2025-03-14 | 2025-03-14..2025-03-14"}},
		{"a plan now past", "The offer had been due to expire Friday evening.", []string{"Friday evening | DATE | 2025-03-14TEV | 2025-03-14..2025-03-14"}},
		{"were planning to", "Exiles marched on Saturday and were planning to rally again.", []string{"Saturday | DATE | 2025-03-15 | 2025-03-15..2025-03-15"}},
		{"a plan seen from the past", "Protesters rallied and were planning a march on Saturday.", []string{"Saturday | DATE | 2025-03-22 | 2025-03-22..2025-03-22"}},
		{"since is past", "The ship has been at sea since November and was scheduled to return.", []string{"November | DATE | 2024-11 | 2024-11-01..2025-03-17"}},
		{"the past year", "Hate groups grew over the past year.", []string{"the past year | DATE | 2024 | 2024-01-01..2024-12-31"}},
		{"the past two years", "Hate groups grew over the past two years.", []string{"the past two years | DURATION | P2Y"}},
		{"the week", "For the week, the index fell 3.8%.", []string{"the week | DATE | 2025-WXX | 2025-03-17..2025-03-23"}},
		{"current as an adjective", "He likes his current position.", []string{"current | DATE | PRESENT_REF"}},
		{"then current", "Holders may buy at the then current price.", []string{"then current | DATE | PAST_REF"}},
		{"current account", "The current account deficit widened.", nil},
		{"fiscal year ended", "In the fiscal year ended Jan. 31, sales rose.", []string{"the fiscal year | DURATION | P1Y", "Jan. 31 | DATE | 2025-01-31 | 2025-01-31..2025-01-31"}},
		{"range of durations", "Tests take two to six days.", []string{"two | DURATION | P2D", "six days | DURATION | P6D"}},
		{"range with a determiner", "Growth will slow over the next 12 to 18 months.", []string{"the next 12 to 18 months | DURATION | PXM"}},
		{"decimal point is no sentence end", "Shares rose in the year, to $42.875 from $29.75 in October.", []string{"the year | DATE | 2025 | 2025-01-01..2025-12-31", "October | DATE | 2024-10 | 2024-10-01..2024-10-31"}},
	})
}

// TestDayNumber checks the integer day arithmetic against the calendar.
func TestDayNumber(t *testing.T) {
	for _, d := range []timeline.Date{
		timeline.NewDate(1970, 1, 1), timeline.NewDate(1969, 12, 31), timeline.NewDate(2000, 2, 29),
		timeline.NewDate(1900, 3, 1), timeline.NewDate(2025, 3, 17), timeline.NewDate(1, 1, 1), timeline.NewDate(2400, 12, 31),
	} {
		t.Run(d.String(), func(t *testing.T) {
			if got, want := dayNumber(d.Year, int(d.Month), d.Day), int(d.Time().Unix()/86400); got != want {
				t.Errorf("dayNumber(%s) = %d, want %d", d, got, want)
			}
			if got, want := lastDay(d.Year, int(d.Month)), timeline.NewDate(d.Year, d.Month+1, 0).Day; got != want {
				t.Errorf("lastDay(%d, %d) = %d, want %d", d.Year, d.Month, got, want)
			}
		})
	}
}

// TestTagConcurrent calls Tag from several goroutines at once, as the
// pipeline does: the pooled Taggers must not share buffers, so every call
// returns what a call alone returns.
func TestTagConcurrent(t *testing.T) {
	type article struct {
		text string
		dct  timeline.Date
		want string
	}
	var arts []article
	for _, p := range articlePaths(t) {
		text, dct := readArticle(t, p)
		arts = append(arts, article{text, dct, describeAll(Tag(text, dct))})
	}
	if len(arts) == 0 {
		t.Fatal("no test articles")
	}
	const workers, rounds = 4, 20
	errs := make(chan string, workers*rounds*len(arts))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range rounds {
				a := arts[(w+r)%len(arts)]
				if got := describeAll(Tag(a.text, a.dct)); got != a.want {
					errs <- got
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for got := range errs {
		t.Errorf("concurrent Tag differs from a call alone:\n%s", got)
	}
}

func describeAll(xs []timeline.Timex) string {
	var b strings.Builder
	for _, x := range xs {
		b.WriteString(describe(x))
		b.WriteByte('\n')
	}
	return b.String()
}
