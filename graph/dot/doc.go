// Package dot writes the event and actor graphs of a *timeline.Timeline as
// Graphviz DOT: sorted, escaped, byte-stable text that any DOT reader
// accepts whatever the labels hold.
//
// The event graph runs left to right along a date spine: one plaintext
// node per column of dates, ranked with the events starting then, where
// quiet consecutive days share a column. Undated events are drawn only
// when a link ties them to another event (unless Options.Undated), beside
// what they are linked to. Edge styles tell the link kinds apart, and
// inferred precedes edges are dashed. The actor graph draws each country
// or side as a cluster, and only actors that share an event with another. Nodes and edges carry tooltip,
// URL and id attributes naming the sentence and article behind them, so
// an SVG drawn from the DOT can be traced back to its sources.
package dot
