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
// the next), and anaphoric ones ("the following day", "a year earlier",
// "the year-earlier quarter") count from the last date, or quarter, the
// text mentioned. No regular expression runs on the text, and no
// allocation happens per token.
package temporal
