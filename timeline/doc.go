// Package timeline is Storyline's model: the articles read (Document), the
// temporal expressions found in them (Timex, Interval), and what is built
// from them (Actor, Event, Link), gathered in the events document (Timeline,
// schema storyline/v1). The document keeps every event and link found;
// Salient is what the pictures show: the salient events, the confident
// links, one order a pair of events (see order.go).
//
// The package does no I/O and imports no other Storyline package; every
// pipeline stage below it (ingest, temporal, actor, extract, resolve,
// layout, svg) reads and writes these types, so data flows one way:
//
//	bytes → Document → Timex, mentions → Event, Actor, Link → Timeline → layout → SVG
//	                                                         ↘ graph → DOT → SVG/PNG
package timeline
