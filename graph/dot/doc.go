// Package dot writes the event and actor graphs of a *timeline.Timeline as
// Graphviz DOT: sorted, escaped, byte-stable text that any DOT reader
// accepts whatever the labels hold.
//
// The event graph runs left to right along a date spine (one plaintext
// node per date, each ranked with its events); edge styles tell the link
// kinds apart, and inferred precedes edges are dashed. The actor graph
// draws each country or side as a cluster. Nodes and edges carry tooltip,
// URL and id attributes naming the sentence and article behind them, so
// an SVG drawn from the DOT can be traced back to its sources.
package dot
