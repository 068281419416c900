// Package report writes a timeline.Timeline as one self-contained HTML
// page: the report a reader opens or prints to follow a story with its
// sources.
//
// The page holds a header (documents, outlets, dates, counts and
// warnings), the pictures it is given (the timeline and the event and
// actor graphs, as SVG, each with a caption), the dated events in a table
// with their sources, the quoted sentences and where the sources disagree
// on the date, the undated events in order of first report, the actors
// (those the articles only name, in no event, folded away under the table)
// and the links between events.
//
// Nothing in the page is fetched: styles and the small script are inline,
// there are no fonts or images to load, and the page reads the same with
// scripts off (the script only adds sorting, filters and search). Article
// text goes through html/template, so markup in a headline or a quote
// shows as text. The same Timeline and Options give the same bytes.
//
// The pictures are rendered by the caller and passed in Options, so that
// this package depends on the model alone:
//
//	var tlSVG bytes.Buffer
//	d, err := layout.Layout(tl, layout.Options{})
//	...
//	err = svg.Render(&tlSVG, d, svg.Options{})
//	...
//	err = report.Write(w, tl, report.Options{Timeline: report.Figure{SVG: tlSVG.Bytes()}})
package report
