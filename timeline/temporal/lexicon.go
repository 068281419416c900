package temporal

// A word class says what a known word can contribute to a temporal
// expression. Function words that rules test for one by one have a class
// of their own.
type wordClass uint8

const (
	wNone        wordClass = iota
	wMonth                 // val: 1..12
	wWeekday               // val: time.Weekday
	wUnit                  // val: unit; plural in flags
	wNumber                // val: the number ("one" … "ninety", "dozen")
	wOrdinal               // val: 1..31 ("first", "third" …)
	wSeason                // val: season
	wPartOfDay             // val: partOfDay
	wRef                   // val: refWord
	wFuzzy                 // "several", "few", "couple", "many", "some"
	wSetAdverb             // val: unit ("daily", "weekly" …)
	wTimezone              // "EST", "GMT" …
	wNoonWord              // val: hour (12 for noon/midday, 24 for midnight)
	wHoliday               // val: holiday
	wTenseFuture           // "will", "expected" … (val: strength)
	wTensePast             // "said", "was" …
	// single words
	wThe
	wA // "a", "an"
	wThis
	wThese
	wThat
	wLast
	wNext
	wPast
	wComing
	wPrevious
	wFollowing
	wCurrent
	wLatest
	wRecent
	wUpcoming
	wSame
	wPrior
	wEarly
	wLate
	wMid
	wEnd
	wBeginning
	wStart
	wMiddle
	wOf
	wAgo
	wEarlier
	wLater
	wBefore
	wAfter
	wFrom
	wAbout // approximations: about, around, nearly, almost, roughly, approximately
	wMore
	wLess
	wThan
	wAtLeast // "least"
	wAt
	wOver
	wUnder
	wWithin
	wUp
	wTo
	wOr
	wAnd
	wSo
	wEvery
	wEach
	wPer
	wFiscal
	wAM // "am", "a.m" handled by rule
	wPM
	wIn
	wOn
	wSince
	wBy
	wUntil
	wDuring
	wFor
	wAhead      // "ahead"
	wThen       // "then"
	wPeriod     // "period"
	wTerm       // "term"
	wYearEnd    // "year-end" first part handled by rules; "yearend"
	wHalfNoun   // "half"
	wWhile      // "while"
	wTime       // "time"
	wMoment     // "moment"
	wAnother    // "another"
	wS          // the "s" of "1990s", "'80s"
	wTh         // "st", "nd", "rd", "th" suffixes
	wAdditional // "additional", "extra", "further"
	wFull       // "full", "whole", "entire"
	wCalendar   // "calendar"
	wTrading    // "trading", "business", "working"
	wLong       // "long" (decades-long)
	wOld        // "old" (years-old)
	wRest       // "rest", "remainder"
	wNear       // "near"
	wShort      // "short"
	wDecadeWord // "nineties" (val: the tens digit)
	wFinal      // "final"
	wPeriodCode // "Q" (val 'Q'), "H" (val 'H'), "FY" (val 'F') before a number
	numClasses
)

// startsPhrase marks (1) the classes an expression can begin with; the
// tagger skips every other token without trying its rules.
var startsPhrase [numClasses]uint8

func init() {
	for c := wordClass(1); c < numClasses; c++ {
		startsPhrase[c] = 1
	}
	for _, c := range []wordClass{wOf, wAnd, wTo, wOr, wSo, wThan, wIn, wOn, wSince, wBy, wUntil, wDuring,
		wFor, wAgo, wBefore, wAfter, wFrom, wAhead, wTensePast, wTenseFuture, wS, wTh, wTimezone, wAM, wPM,
		wPer, wWhile, wTime, wPeriod, wTerm, wMoment, wAtLeast, wOld, wTrading, wCalendar,
		wAdditional, wShort, wNear, wRest, wWithin, wHalfNoun, wThen, wFull} {
		startsPhrase[c] = 0
	}
}

// Units of time, smallest first.
const (
	uNone = iota
	uSecond
	uMinute
	uHour
	uDay
	uWeekend
	uWeek
	uMonth
	uQuarter
	uHalf
	uYear
	uDecade
	uCentury
)

// Seasons in TIMEX3 notation order.
const (
	sSpring = iota + 1
	sSummer
	sFall
	sWinter
)

// Parts of the day.
const (
	pMorning = iota + 1
	pAfternoon
	pEvening
	pNight
	pDay
)

// Words that are expressions on their own.
const (
	rNow = iota + 1
	rToday
	rYesterday
	rTomorrow
	rTonight
	rCurrently
	rRecently
	rFuture
	rSoon
	rPreviously
	rNowadays
	rFormerly
	rOnce
	rOvernight
	rMeantime
	rLately
	rEventually
	rHistory
	rPresent
	rImmediately
)

// Holidays with a fixed date or a rule.
const (
	hChristmas = iota + 1
	hChristmasEve
	hNewYearsDay
	hNewYearsEve
	hThanksgiving
	hEaster
	hHalloween
	hIndependence
	hValentine
	hElectionDay
	hLaborDay
	hMemorialDay
)

type lexEntry struct {
	cls   wordClass
	val   int8
	plur  bool // a plural unit: "years"
	abbr  bool // an abbreviation that may take a full stop: "Aug"
	month bool // a month name that is also a common word: "may", "march"
}

var lexicon = map[string]lexEntry{}

func addWords(cls wordClass, val int8, words ...string) {
	for _, w := range words {
		lexicon[w] = lexEntry{cls: cls, val: val}
	}
}

func init() {
	addCalendarWords()
	numbers := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"}
	for i, w := range numbers {
		addWords(wNumber, int8(i), w)
	}
	tens := []string{"thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
	for i, w := range tens {
		addWords(wNumber, int8(30+10*i), w)
	}
	addWords(wNumber, 12, "dozen")
	addWords(wNumber, 100, "hundred")
	ordinals := []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
		"eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
		"nineteenth", "twentieth"}
	for i, w := range ordinals {
		if w == "second" {
			continue // a unit first; rules read it as an ordinal where it fits
		}
		addWords(wOrdinal, int8(i+1), w)
	}
	addWords(wOrdinal, 30, "thirtieth")
	addWords(wSeason, sSpring, "spring", "springtime")
	addWords(wSeason, sSummer, "summer", "summertime")
	addWords(wSeason, sFall, "fall", "autumn")
	addWords(wSeason, sWinter, "winter", "wintertime")
	addWords(wPartOfDay, pMorning, "morning", "mornings")
	addWords(wPartOfDay, pAfternoon, "afternoon", "afternoons", "mid-afternoon")
	addWords(wPartOfDay, pEvening, "evening", "evenings")
	addWords(wPartOfDay, pNight, "night", "nights")
	addWords(wRef, rNow, "now")
	addWords(wRef, rToday, "today")
	addWords(wRef, rYesterday, "yesterday")
	addWords(wRef, rTomorrow, "tomorrow")
	addWords(wRef, rTonight, "tonight")
	addWords(wRef, rCurrently, "currently", "presently")
	addWords(wRef, rRecently, "recently", "lately")
	addWords(wRef, rFuture, "future")
	addWords(wRef, rSoon, "soon")
	addWords(wRef, rNowadays, "nowadays")
	addWords(wRef, rOvernight, "overnight")
	addWords(wFuzzy, 0, "several", "few", "couple", "many", "some", "numerous")
	addWords(wSetAdverb, uHour, "hourly")
	addWords(wSetAdverb, uDay, "daily", "nightly")
	addWords(wSetAdverb, uWeek, "weekly")
	addWords(wSetAdverb, uMonth, "monthly")
	addWords(wSetAdverb, uYear, "annually", "yearly", "annual")
	addWords(wTimezone, 0, "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet", "cest", "msk", "et", "pt", "ct")
	addWords(wNoonWord, 12, "noon", "midday")
	addWords(wNoonWord, 24, "midnight")
	addWords(wHoliday, hChristmas, "christmas")
	addWords(wHoliday, hThanksgiving, "thanksgiving")
	addWords(wHoliday, hEaster, "easter")
	addWords(wHoliday, hHalloween, "halloween")
	addWords(wHoliday, hElectionDay, "election")
	for i, w := range []string{"twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"} {
		lexicon[w] = lexEntry{cls: wDecadeWord, val: int8(2 + i)}
	}
	addWords(wThe, 0, "the")
	addWords(wA, 1, "a", "an")
	addWords(wThis, 0, "this")
	addWords(wThese, 0, "these")
	addWords(wThat, 0, "that")
	addWords(wLast, 0, "last")
	addWords(wNext, 0, "next")
	addWords(wPast, 0, "past")
	addWords(wComing, 0, "coming")
	addWords(wPrevious, 0, "previous", "preceding")
	addWords(wFollowing, 0, "following", "subsequent", "succeeding")
	addWords(wCurrent, 0, "current")
	addWords(wLatest, 0, "latest")
	addWords(wRecent, 0, "recent")
	addWords(wUpcoming, 0, "upcoming")
	addWords(wSame, 0, "same", "corresponding", "comparable")
	addWords(wPrior, 0, "prior")
	addWords(wEarly, 0, "early")
	addWords(wLate, 0, "late")
	addWords(wMid, 0, "mid", "mid-")
	addWords(wEnd, 0, "end", "close")
	addWords(wBeginning, 0, "beginning", "dawn")
	addWords(wStart, 0, "start", "outset")
	addWords(wMiddle, 0, "middle")
	addWords(wHalfNoun, 0, "half")
	addWords(wOf, 0, "of")
	addWords(wAgo, 0, "ago")
	addWords(wLater, 0, "later")
	addWords(wBefore, 0, "before")
	addWords(wEarlier, 0, "earlier")
	addWords(wAfter, 0, "after")
	addWords(wFrom, 0, "from")
	addWords(wAbout, 0, "about", "around", "nearly", "almost", "roughly", "approximately")
	addWords(wMore, 0, "more")
	addWords(wLess, 0, "less", "fewer")
	addWords(wThan, 0, "than")
	addWords(wAtLeast, 0, "least")
	addWords(wAt, 0, "at")
	addWords(wOver, 0, "over")
	addWords(wUnder, 0, "under")
	addWords(wWithin, 0, "within")
	addWords(wUp, 0, "up")
	addWords(wTo, 0, "to")
	addWords(wOr, 0, "or")
	addWords(wAnd, 0, "and")
	addWords(wSo, 0, "so")
	addWords(wEvery, 0, "every")
	addWords(wEach, 0, "each")
	addWords(wPer, 0, "per")
	addWords(wFiscal, 0, "fiscal")
	addWords(wAM, 0, "am")
	addWords(wPM, 0, "pm")
	addWords(wIn, 0, "in")
	addWords(wOn, 0, "on")
	addWords(wSince, 0, "since")
	addWords(wBy, 0, "by")
	addWords(wUntil, 0, "until", "till", "through")
	addWords(wDuring, 0, "during", "throughout")
	addWords(wFor, 0, "for")
	addWords(wAhead, 0, "ahead")
	addWords(wThen, 0, "then")
	addWords(wPeriod, 0, "period")
	addWords(wTerm, 0, "term")
	addWords(wWhile, 0, "while")
	addWords(wTime, 0, "time")
	addWords(wMoment, 0, "moment")
	addWords(wAnother, 0, "another")
	addWords(wS, 0, "s")
	addWords(wTh, 0, "st", "nd", "rd", "th")
	addWords(wAdditional, 0, "additional", "extra", "further")
	addWords(wFull, 0, "full", "whole", "entire")
	addWords(wCalendar, 0, "calendar")
	addWords(wTrading, 0, "trading", "business", "working")
	addWords(wLong, 0, "long")
	addWords(wOld, 0, "old")
	addWords(wRest, 0, "rest", "remainder")
	addWords(wNear, 0, "near")
	addWords(wShort, 0, "short")
	addWords(wYearEnd, 0, "yearend")
	addWords(wFinal, 0, "final")
	addWords(wPeriodCode, 'Q', "q")
	addWords(wPeriodCode, 'H', "h")
	addWords(wPeriodCode, 'F', "fy")
	addMoreWords()
	lexTab = *buildLexTable(lexicon)
}
