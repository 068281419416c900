// Package svg draws a layout.Diagram as a static, self-contained SVG
// document: no scripts, no external fonts or images, a <style> block and a
// viewBox, an accessible name and description, a <title> tooltip on every
// event, label, lane and mark, and a link to the source article where one
// is known. It never sees events or articles, only the positioned items of
// the Diagram, and writes the same bytes for the same Diagram.
//
// Drawing the timeline of an events document takes two calls:
//
//	d, err := layout.Layout(tl, layout.Options{From: from, To: to, Actors: actors})
//	if err != nil {
//		return err
//	}
//	return svg.Render(w, d, svg.Options{})
package svg
