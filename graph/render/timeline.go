package render

import (
	"bytes"
	"context"
	"fmt"
	"io"

	"github.com/storyline/storyline/graph/dot"
	"github.com/storyline/storyline/timeline"
)

// DefaultMaxNodes is the node limit of Events and Actors when Options
// leave it zero: about where a layout with edge labels starts to take
// seconds.
const DefaultMaxNodes = 300

// Options control Events and Actors. The zero value is the default.
type Options struct {
	// MaxNodes is how many events (or actors) are drawn before the graph
	// is summarised; 0 means DefaultMaxNodes and a negative value means no
	// limit.
	MaxNodes int
	// Undated draws every undated event in the event graph; by default
	// only those taking part in a link are drawn (see dot.Options).
	Undated bool
}

// DOTOptions returns the dot.Options that apply o, for writing the DOT
// that Events and Actors draw.
func (o Options) DOTOptions() dot.Options {
	opts := dot.Options{MaxNodes: o.MaxNodes, Undated: o.Undated}
	switch {
	case o.MaxNodes == 0:
		opts.MaxNodes = DefaultMaxNodes
	case o.MaxNodes < 0:
		opts.MaxNodes = 0
	}
	return opts
}

// Events draws the event graph of tl (see dot.WriteEvents) as SVG or PNG.
// Past the node limit it draws the most-sourced events and their
// neighbours, and its label reads "summarised: N of M events".
//
// This is what `storyline build` writes as events.svg and what `storyline
// graph --kind events --format svg|png` prints.
func Events(ctx context.Context, w io.Writer, tl *timeline.Timeline, format Format, opts Options) error {
	var src bytes.Buffer
	if err := dot.WriteEvents(&src, tl, opts.DOTOptions()); err != nil {
		return fmt.Errorf("render: %w", err)
	}
	return Render(ctx, src.Bytes(), format, w)
}

// Actors draws the actor graph of tl (see dot.WriteActors) as SVG or PNG.
// Past the node limit it draws the actors taking part in the most events,
// and its label reads "summarised: N of M actors".
//
// This is what `storyline build` writes as actors.svg and what `storyline
// graph --kind actors --format svg|png` prints.
func Actors(ctx context.Context, w io.Writer, tl *timeline.Timeline, format Format, opts Options) error {
	var src bytes.Buffer
	if err := dot.WriteActors(&src, tl, opts.DOTOptions()); err != nil {
		return fmt.Errorf("render: %w", err)
	}
	return Render(ctx, src.Bytes(), format, w)
}
