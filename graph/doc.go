// Package graph turns a *timeline.Timeline into two graphs on
// github.com/dominikbraun/graph: the event graph (what led to what) and
// the actor graph (who deals with whom).
//
// The event graph has one vertex per event, keyed by event id. Its edges
// are the timeline's links (causes, responds_to, contradicts, enables,
// precedes) plus inferred precedes edges between consecutive events that
// share an actor and lie at most [MaxInferredGap] days apart, transitively
// reduced so the drawing stays readable. Every edge runs forward in time, so the graph is a DAG that [TopoSort]
// orders by (date, id); links that would close a cycle are set aside in
// [EventGraph.Dropped].
//
// The actor graph has one vertex per actor taking part in an event; an
// undirected edge joins two actors for every event they share, weighted by
// the number of such events. [DropLoose] takes the undated events no link
// ties to anything out of a timeline before drawing.
//
// The DOT writer is graph/dot; graph/render draws DOT as SVG or PNG.
package graph
