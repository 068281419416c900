// Package temporal finds temporal expressions in text and normalises them to
// TimeML TIMEX3 values against a document's publication date: text + DCT →
// []timeline.Timex, each with the Interval of days it denotes.
package temporal
