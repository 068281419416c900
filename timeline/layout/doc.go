// Package layout turns a *timeline.Timeline into a Diagram: every event,
// lane, tick, label and arrow of the timeline picture with its position in
// pixels and the text it shows. It is pure geometry; package svg draws a
// Diagram and never sees the events themselves.
//
// The picture has a true time axis, broken where long empty stretches would
// squash the dense weeks of a story; events lasting years ("since 2014"),
// and months or years around the story's days ("in 2024" on an election
// night), do not stretch the axis: they are drawn as thin background bars
// when the axis cannot show them whole. Lanes
// are chosen one at a time for the actors that fit the most events: the
// protagonists first, then the country of a side's other people, so that
// its ministers and spokesmen do not vanish into "Others"; lanes are shown
// grouped by side. Point events are markers, date ranges bars with faded
// ends when the date is vague (a week or coarser); a marker style per
// status; statements are drawn smaller and fainter than actions. Labels
// hang in rows under each lane from a leader line that starts or ends
// them and never runs across another label, so no two overlap and each
// leader leads to one label; when not all fit, actions win over
// announcements, those over statements, then the most told. The
// publication dates of the sources are faint marks on the axis; arrows
// for the links between events are optional.
package layout
