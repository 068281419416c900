package temporal

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestTenseOfClause covers how the tense of the clause picks the week or
// the year of a weekday or a month named alone.
func TestTenseOfClause(t *testing.T) {
	runCases(t, monday, []tagCase{
		// a participle after "be" takes the tense of the auxiliary before it
		{"will be named", "Collins will be named commander for a mission in December.", []string{"December | DATE | 2025-12 | 2025-12-01..2025-12-31"}},
		{"has been named", "Collins has been named commander of the mission in December.", []string{"December | DATE | 2024-12 | 2024-12-01..2024-12-31"}},
		// a present passive tells what is scheduled, unless it reports a deed done
		{"is sentenced", "He faces ten years in prison when he is sentenced in July.", []string{"ten years | DURATION | P10Y", "July | DATE | 2025-07 | 2025-07-01..2025-07-31"}},
		{"is published", "The report is published on Thursday.", []string{"Thursday | DATE | 2025-03-20 | 2025-03-20..2025-03-20"}},
		{"opens", "The trial of Ivo Renner opens in July.", []string{"July | DATE | 2025-07 | 2025-07-01..2025-07-31"}},
		{"is accused of a deed", "He is accused of killing his wife in July.", []string{"July | DATE | 2024-07 | 2024-07-01..2024-07-31"}},
		{"was sentenced", "He was sentenced in July.", []string{"July | DATE | 2024-07 | 2024-07-01..2024-07-31"}},
		// a day set for something is ahead
		{"set sentencing for", "The judge set sentencing for July 14.", []string{"July 14 | DATE | 2025-07-14 | 2025-07-14..2025-07-14"}},
		{"set a hearing for", "The court set a hearing for Friday.", []string{"Friday | DATE | 2025-03-21 | 2025-03-21..2025-03-21"}},
		// "is to" + verb: an arrangement to come
		{"is to resume", "The stock is to resume trading in Paris Tuesday.", []string{"Tuesday | DATE | 2025-03-18 | 2025-03-18..2025-03-18"}},
		{"is to be held", "The vote is to be held on Thursday.", []string{"Thursday | DATE | 2025-03-20 | 2025-03-20..2025-03-20"}},
		{"supposed to", "The talks are supposed to conclude by May.", []string{"May | DATE | 2025-05 | 2025-05-01..2025-05-31"}},
		// past a closing quote comes the speech frame, not the quote's tense
		{"quote then said", "``This father will leave for the United States at 4 a.m. Thursday,'' Castro said.", []string{"4 a.m. Thursday | TIME | 2025-03-20T04:00 | 2025-03-20..2025-03-20"}},
		{"said after a past quote", "\"We met Thursday,\" she said.", []string{"Thursday | DATE | 2025-03-13 | 2025-03-13..2025-03-13"}},
		{"possessive is no quote", "They will appeal Wednesday's ruling, lawyers said.", []string{"Wednesday | DATE | 2025-03-12 | 2025-03-12..2025-03-12"}},
		// what follows "that" is what the verb before said, not its tense
		{"told early on a day that", "Officials told Anna Berg early on Thursday that she would have to leave.", []string{"Thursday | DATE | 2025-03-13 | 2025-03-13..2025-03-13"}},
		// a participle with its agent after the expression is no verb of the clause
		{"reduced relative", "Qantas will almost double its flights between Australia and India by August in the search for new markets untouched by the crisis.", []string{"August | DATE | 2025-08 | 2025-08-01..2025-08-31"}},
		// a word of intent after a determiner is a noun: the verb before it tells
		{"the plan is a noun", "The minister rejected the plan on Thursday.", []string{"Thursday | DATE | 2025-03-13 | 2025-03-13..2025-03-13"}},
		{"plans to is a verb", "The minister plans to visit on Thursday.", []string{"Thursday | DATE | 2025-03-20 | 2025-03-20..2025-03-20"}},
		{"a threat is of what is to come", "Unions threaten to strike on Thursday.", []string{"Thursday | DATE | 2025-03-20 | 2025-03-20..2025-03-20"}},
		{"a want is of what is to come", "Workers want to return on Thursday.", []string{"Thursday | DATE | 2025-03-20 | 2025-03-20..2025-03-20"}},
		{"a threat made is past", "Unions threatened on Thursday to strike.", []string{"Thursday | DATE | 2025-03-13 | 2025-03-13..2025-03-13"}},
		{"a hope to is of what is to come", "Rescuers hope to reach the miners on Thursday.", []string{"Thursday | DATE | 2025-03-20 | 2025-03-20..2025-03-20"}},
		{"hope as a noun tells no tense", "There was hope on Thursday that the miners were alive.", []string{"Thursday | DATE | 2025-03-13 | 2025-03-13..2025-03-13"}},
		{"a forecast looks ahead", "The storm churned toward shore, with the storm forecast to strengthen before making landfall on Wednesday.", []string{"Wednesday | DATE | 2025-03-19 | 2025-03-19..2025-03-19"}},
		{"a prediction looks ahead", "The storm was predicted to hit the coast on Wednesday.", []string{"Wednesday | DATE | 2025-03-19 | 2025-03-19..2025-03-19"}},
		{"an infinitive is no past", "The storm is expected to hit the coast on Wednesday.", []string{"Wednesday | DATE | 2025-03-19 | 2025-03-19..2025-03-19"}},
		{"a forecast that had been made", "The storm had been forecast to hit the coast on Wednesday.", []string{"Wednesday | DATE | 2025-03-12 | 2025-03-12..2025-03-12"}},
		{"resumed by is a verb", "The union said the strike would end unless talks resumed by Thursday.", []string{"Thursday | DATE | 2025-03-13 | 2025-03-13..2025-03-13"}},
	})
}

// TestMonthByTense covers a month named alone far from the publication
// date: a tense in the past puts it before, unless it is close ahead.
func TestMonthByTense(t *testing.T) {
	october := timeline.NewDate(1989, 10, 27)
	runCases(t, october, []tagCase{
		{"past, nine months back", "In January, American Medical brought in a new chief executive.", []string{"January | DATE | 1989-01 | 1989-01-01..1989-01-31"}},
		{"past, ten months back", "The operator changed its accounts in December.", []string{"December | DATE | 1988-12 | 1988-12-01..1988-12-31"}},
		{"future, three months ahead", "The split would be paid in January.", []string{"January | DATE | 1990-01 | 1990-01-01..1990-01-31"}},
		// "unspecified" modifies "date": no verb in the past
		{"adjective in -ed", "The split would be paid on a still unspecified date in January.", []string{"January | DATE | 1990-01 | 1990-01-01..1990-01-31"}},
		{"adjective after its", "The board will vote on the revised accord in January.", []string{"January | DATE | 1990-01 | 1990-01-01..1990-01-31"}},
		{"no tense, nearest", "Sales in November.", []string{"November | DATE | 1989-11 | 1989-11-01..1989-11-30"}},
		{"day stays near", "The thrift declared a dividend payable Dec. 7.", []string{"Dec. 7 | DATE | 1989-12-07 | 1989-12-07..1989-12-07"}},
	})
	// a verb in the past right before a day dates it in the past
	runCases(t, timeline.NewDate(1989, 10, 31), []tagCase{
		{"ended Jan. 31", "The offer period ended Jan. 31, the company reported.", []string{"Jan. 31 | DATE | 1989-01-31 | 1989-01-31..1989-01-31"}},
		{"resigned on Jan. 3", "The founder resigned on Jan. 3.", []string{"Jan. 3 | DATE | 1989-01-03 | 1989-01-03..1989-01-03"}},
		{"said, payable Jan. 31", "The company said the dividend is payable Jan. 31.", []string{"Jan. 31 | DATE | 1990-01-31 | 1990-01-31..1990-01-31"}},
	})
}

// TestPartOfDayAfterWeekday: "Friday evening" carries TEV as the TIMEX3
// guidelines and TimeBank have it; TimeBank dates "night" and "morning"
// after a weekday as the day.
func TestPartOfDayAfterWeekday(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"evening", "A woman was killed Thursday evening.", []string{"Thursday evening | DATE | 2025-03-13TEV | 2025-03-13..2025-03-13"}},
		{"afternoon", "The talks ended Friday afternoon.", []string{"Friday afternoon | DATE | 2025-03-14TAF | 2025-03-14..2025-03-14"}},
		{"night is the day", "Protesters marched on Friday night.", []string{"Friday night | DATE | 2025-03-14 | 2025-03-14..2025-03-14"}},
		{"morning is the day", "Troops left on Friday morning.", []string{"Friday morning | DATE | 2025-03-14 | 2025-03-14..2025-03-14"}},
	})
}

// TestSomeday: "one day" after a modal is "someday", a vague future, never
// a length of one day.
func TestSomeday(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"will one day", "Islam will one day be the second largest religion in the country.", []string{"one day | DATE | FUTURE_REF"}},
		{"could one day", "The plant could one day supply the city.", []string{"one day | DATE | FUTURE_REF"}},
		{"for one day", "The strike lasted one day.", []string{"one day | DURATION | P1D"}},
	})
}

// TestHalfOfDecade: "the last half of the '80s" is the decade with a mod,
// not a half of the publication year and a decade beside it.
func TestHalfOfDecade(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"last half of the '80s", "Sales were flat in the last half of the '80s.", []string{"the last half of the '80s | DATE | 198 | END | 1985-01-01..1989-12-31"}},
		{"first half of the 1990s", "Prices rose in the first half of the 1990s.", []string{"the first half of the 1990s | DATE | 199 | START | 1990-01-01..1994-12-31"}},
		{"second half of a century", "It grew in the second half of the 19th century.", []string{"the second half of the 19th century | DATE | 18 | END | 1850-01-01..1899-12-31"}},
		{"half of a year stays", "Profit rose in the first half of 1990.", []string{"the first half of 1990 | DATE | 1990-H1 | 1990-01-01..1990-06-30"}},
	})
}

// TestCommaClosesKnownClause: once the words before an expression tell its
// tense, a verb past the comma after it belongs to another clause (the
// main one around a relative clause); with no tense before, the search
// still crosses the comma ("On Friday, the ministry lifted …").
func TestCommaClosesKnownClause(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"relative clause", "The governments, which sponsor talks that are supposed to conclude by May, invited the party back.", []string{"May | DATE | 2025-05 | 2025-05-01..2025-05-31"}},
		{"will then comma", "Ministers agreed to meet again on Friday, officials announced.", []string{"Friday | DATE | 2025-03-21 | 2025-03-21..2025-03-21"}},
		{"fronted still crosses", "On Friday, the ministry lifted a warning.", []string{"Friday | DATE | 2025-03-14 | 2025-03-14..2025-03-14"}},
		// a conjunction closes it too: the past verb after "and" is the
		// next clause's
		{"would then and", "Organisers said they would hold another rally on Friday and called for the bill to be scrapped.", []string{"Friday | DATE | 2025-03-21 | 2025-03-21..2025-03-21"}},
		{"will then but", "The union will strike on Friday but stopped short of a longer walkout.", []string{"Friday | DATE | 2025-03-21 | 2025-03-21..2025-03-21"}},
		{"no tense before and", "On Friday and Saturday, crowds marched.", []string{"Friday | DATE | 2025-03-14 | 2025-03-14..2025-03-14", "Saturday | DATE | 2025-03-15 | 2025-03-15..2025-03-15"}},
	})
}

// TestPlansAsNoun: "plans" followed by "for", "of", a comma or a verb is
// the noun, which tells no tense, even after another noun ("vacation
// plans"); the verb takes an infinitive or an object.
func TestPlansAsNoun(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"noun compound before for", "On Friday, when she set aside vacation plans for the trip, the ministry lifted a warning.", []string{"Friday | DATE | 2025-03-14 | 2025-03-14..2025-03-14"}},
		{"noun before a verb", "On Thursday, travel plans were cancelled.", []string{"Thursday | DATE | 2025-03-13 | 2025-03-13..2025-03-13"}},
		{"verb with infinitive", "The company plans to close the plant on Friday.", []string{"Friday | DATE | 2025-03-21 | 2025-03-21..2025-03-21"}},
		{"verb with object", "The group plans a rally on Saturday.", []string{"Saturday | DATE | 2025-03-22 | 2025-03-22..2025-03-22"}},
		{"hopes for is a verb", "He hopes for a deal on Friday.", []string{"Friday | DATE | 2025-03-21 | 2025-03-21..2025-03-21"}},
	})
}

// TestScheduledEnds: a deadline or a plan in the present with a day is to
// come ("the ultimatum expires Friday", "testifies Thursday"); "ends" is
// left out, as often the noun ("tied up loose ends Friday").
func TestScheduledEnds(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"expires", "The ultimatum expires at midnight Friday.", []string{"midnight Friday | TIME | 2025-03-21T24:00 | 2025-03-21..2025-03-21"}},
		{"testifies", "The minister testifies Thursday.", []string{"Thursday | DATE | 2025-03-20 | 2025-03-20..2025-03-20"}},
		{"ends is no verb here", "He tied up the loose ends Friday.", []string{"Friday | DATE | 2025-03-14 | 2025-03-14..2025-03-14"}},
	})
}
