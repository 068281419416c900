// Package export writes a *timeline.Timeline in formats that other tools
// read: a TimelineJS3 JSON file (TimelineJS) and a CSV table of the events
// (CSV). Both write to an io.Writer, never modify the Timeline, and give
// the same bytes for the same Timeline.
//
// # TimelineJS
//
// TimelineJS writes the JSON data file that Knight Lab's TimelineJS3
// loads unchanged (timeline.knightlab.com/docs/json-format.html): a title
// slide that sums up the corpus, then one slide per dated event, with its
// summary as headline, its date, status, kind and places, and its sources
// (outlet, link, publication date, quoted sentence) as the slide's text.
// Events go in groups named after the lanes of Storyline's own timeline
// picture (package layout): the protagonist the event belongs to, else
// "Others".
//
// What TimelineJS cannot show, and how it is written instead:
//
//   - Undated events have no place on a time axis: they are left out, and
//     the title slide says how many were.
//   - A date is given as precisely as it is known: year, month and day for
//     a day or a week, year and month for a month, quarter or season, the
//     year alone for a year or longer. TimelineJS has no vague dates: a
//     range ("last week", "the third quarter", "the 1990s") becomes a span
//     from the first to the last unit of the range, drawn like any other
//     span, and a span of months or years ends at the start of its last
//     month or year, since TimelineJS reads a date without a day as the
//     first day. A single month or year is a point at its first day.
//   - Everything taken from the articles is escaped as HTML, since
//     TimelineJS inserts a slide's text as HTML; links are kept only for
//     http and https URLs, and autolinking is off.
//
// # CSV
//
// CSV writes one row per event, undated ones included, under a header row,
// as RFC 4180 says (comma-separated, quoted where needed, CRLF line ends),
// in UTF-8 without a byte-order mark. Its "first_source" is the link of
// the article that reported the event first, among those with an http or
// https link; "sources" counts the articles that tell it.
//
// A spreadsheet runs a cell that starts with =, +, -, @, a tab or a
// carriage return as a formula, and article text can start that way
// ("-5% in a week", or a planted "=HYPERLINK(…)"): such a cell gets a
// leading apostrophe, which spreadsheets hide and which keeps the text
// text. A program reading the CSV sees the apostrophe.
package export
