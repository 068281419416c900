package layout

import "github.com/storyline/storyline/timeline"

// Options chooses what a Diagram shows. The zero value is a sensible
// default: 1200 px wide, lanes for the six most active actors and one for
// the others, every dated event, links hidden.
type Options struct {
	// Width is the width of the picture in pixels (default 1200, from 400
	// to 20000).
	Width float64
	// Lanes is how many actors get a lane of their own (default 6); an
	// event of another actor goes to the lane of that actor's country when
	// it has one, else of another participant, else to "Others".
	Lanes int
	// SingleLane draws every event in one lane.
	SingleLane bool
	// From and To keep the events whose date overlaps [From, To]; a zero
	// Date leaves that side open. Ranges are clipped to the window.
	From, To timeline.Date
	// Actors keeps the events that involve at least one of these actors,
	// given by id or by name (case-insensitive). Empty keeps every event.
	Actors []string
	// MaxLabels caps the number of labelled events: actions (meetings,
	// calls, agreements, attacks, dismissals, demands …) first, then
	// announcements, accusations and warnings, then statements, then
	// events lasting years; within each, those told by the most sources.
	// Zero means no cap: every label that finds room is drawn, the same
	// order deciding which when not all do. Unlabelled events keep their
	// marker and tooltip.
	MaxLabels int
	// ShowLinks draws an arrow for every link between two drawn events.
	ShowLinks bool
	// Title is the picture's heading and accessible name (default "Timeline").
	Title string
	// FontSize is the label font size in pixels (default 11, from 6 to 48).
	FontSize float64
	// MaxLabelWidth is the width past which labels are cut with an
	// ellipsis (default 260 px, at most half the width).
	MaxLabelWidth float64
	// LabelRows is the number of label rows under each lane (default 6,
	// or 14 with SingleLane); a label that finds no free row is left out.
	LabelRows int
}

// Defaults.
const (
	DefaultWidth         = 1200
	DefaultLanes         = 6
	DefaultFontSize      = 11
	DefaultMaxLabelWidth = 260
	DefaultLabelRows     = 6
	singleLaneLabelRows  = 14
	minWidth             = 400
	maxWidth             = 20000
)

// withDefaults returns opt with zero fields set to their defaults.
func (opt Options) withDefaults() Options {
	if !(opt.Width > 0) {
		opt.Width = DefaultWidth
	}
	opt.Width = min(max(opt.Width, minWidth), maxWidth)
	if opt.Lanes <= 0 {
		opt.Lanes = DefaultLanes
	}
	if opt.Title == "" {
		opt.Title = "Timeline"
	}
	if !(opt.FontSize > 0) {
		opt.FontSize = DefaultFontSize
	}
	opt.FontSize = min(max(opt.FontSize, 6), 48)
	if !(opt.MaxLabelWidth > 0) {
		opt.MaxLabelWidth = DefaultMaxLabelWidth
	}
	opt.MaxLabelWidth = min(opt.MaxLabelWidth, opt.Width/2)
	if opt.LabelRows <= 0 && opt.SingleLane {
		opt.LabelRows = singleLaneLabelRows
	}
	if opt.LabelRows <= 0 {
		opt.LabelRows = DefaultLabelRows
	}
	return opt
}
