// Package render draws DOT as SVG or PNG through github.com/goccy/go-graphviz
// (Graphviz compiled to WebAssembly, no cgo).
//
// Graphviz is not safe for concurrent use, so one package-level mutex
// holds every parse, layout and render; each call opens and closes its own
// Graphviz instance and graph. Graphviz ignores context deadlines and
// slows down sharply past a few hundred nodes with edge labels, so
// [Events] and [Actors] summarise a timeline past a node limit (the
// drawing says so) and [Render] refuses DOT past [MaxDOTNodes].
//
// SVG comes from Graphviz's own SVG renderer. PNG is drawn here from
// Graphviz's layout (its JSON drawing operations), because go-graphviz's
// built-in raster renderer loses curved edges and outlines.
package render
