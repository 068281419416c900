// Package layout turns a *timeline.Timeline into a Diagram: every event,
// lane, tick, label and arrow of the timeline picture with its position in
// pixels and the text it shows. It is pure geometry; package svg draws a
// Diagram and never sees the events themselves.
//
// The picture has a true time axis, broken where long empty stretches would
// squash the dense weeks of a story; one horizontal lane per active actor
// (the rest grouped in "Others") or a single lane; point events as markers,
// date ranges as bars with faded ends when the date is vague (a week or
// coarser); a marker style per status; labels stacked in rows under each
// lane so that no two overlap; the publication dates of the sources as
// faint marks on the axis; and, optionally, arrows for the links between
// events.
package layout
