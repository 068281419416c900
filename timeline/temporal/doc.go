// Package temporal finds temporal expressions in text and normalises them to
// TimeML TIMEX3 values against a document's publication date: text + DCT →
// []timeline.Timex, each with the Interval of days it denotes.
//
// The text is split once into tokens, and every word is looked up once in
// a lexicon of word classes (months, weekdays, units, numbers, determiners,
// tense markers …). Hand-written rules then read expressions left to right
// over the tokens, longest first, with TimeML extents ("the end of last
// week", "late 2023", "the past two months"). Values follow TimeML and
// HeidelTime's news conventions: relative expressions count from the
// publication date, a bare weekday or month takes the sentence's tense
// into account ("said on Friday" → the last Friday, "will meet Friday" →
// the next; a participle after "be" or with its agent, an adjective in
// -ed and a speech frame after a closing quote tell no tense; a weekday
// in what "ahead of" prepares for is to come, "campaigned ahead of
// Sunday's vote", value F1 83.58 -> 83.63; a possessive weekday after
// "for" falls after the day the sentence names for the deed, "Campaigning
// for Sunday's election resumed on Saturday", TimeBank unchanged), and
// anaphoric ones ("the following day", "a year earlier",
// "the year-earlier quarter") count from the last date, or quarter, the
// text mentioned ("later in the evening" is that part of the day last
// named; "June 24, a Thursday" is June 24, so "the next day" after it is
// June 25, not the day after the publication week's Thursday; "a month
// ago today" is the anniversary day; a clock time alone on a line, a live
// page's time stamp, is of the publication day, not the day the entry
// above it ended on; TimeBank unchanged). Where TimeML leaves a choice, values follow the
// TimeBank annotation ("the past year" is last year, "in recent years" is
// PXY, "for the week" is YYYY-WXX, "Friday night" and "Friday morning"
// are the Friday but "Friday evening" is YYYY-MM-DDTEV, "two to six days"
// is two expressions; "overnight" is the night before the day the story
// is at, YYYY-MM-DDTNI, not "an overnight stay": strict F1 89.67 -> 89.68,
// value 83.63 -> 83.64). A clock time takes the day named after the same
// time in another zone, "at 6:50 p.m. (1650 GMT) on Monday", each staying
// an expression of its own; with none, it is of the last day named,
// unless that day only dated something in passing a paragraph back, more
// than a week before publication (then the publication day: "showed he
// tested positive on December 16. \n\n The hearing was due to begin at 10
// a.m."; TimeBank unchanged). A day that only dates the telling of a deed
// its sentence dated before ("ran aground late on Friday, officials said
// on Saturday") leaves a clock time in the sentences after on the deed's
// day (the Costa Concordia's 9.30 p.m. and the Deepwater Horizon's 10
// p.m. had taken the day after; TimeBank, ECB+ and eventtime unchanged).
// A past verb after "and" or "but" is the next clause's, and no longer
// overrides the tense a clause before it gave a weekday: "said they would
// go ahead with another rally on Sunday and called for" is next Sunday's
// rally ("will be taken to the Louvre on Friday to be dried and
// restored", the coming Friday; TimeBank, ECB+ and eventtime unchanged).
//
// No regular expression runs on the text, and nothing is allocated but
// the output: Tag borrows a Tagger, whose buffers are reused, from a pool,
// and is safe for concurrent use. The tokenizer reads a word eight bytes
// at a time and marks the few tokens an expression can start at, so the
// rules run only there. A long text is read a window of tokens at a time,
// with enough context on both sides that the windows change nothing: the
// tokens in hand stay in the CPU's cache and the buffers stay small, so
// one 2 MB text tags as fast as the same bytes split into articles.
package temporal
