package layout

import "github.com/storyline/storyline/timeline"

// Diagram is a timeline picture laid out in pixels, origin at the top left.
// Everything a renderer draws is here, in drawing order, with the text it
// shows: lanes first, then the axis, ghosts, links, marks and labels.
type Diagram struct {
	Width, Height float64
	FontSize      float64
	// Title is the heading and accessible name; Subtitle says what is shown
	// (event count, dates, sources); Desc is the longer accessible
	// description.
	Title, Subtitle, Desc string
	TitleY, SubtitleY     float64 // baselines, at X = Plot.X - Gutter
	// Plot is the area where time runs left to right; lane names sit in the
	// gutter to its left.
	Plot   Rect
	Gutter float64

	Lanes     []Lane
	Axis      Axis
	Published []PubMark
	Ghosts    []Ghost
	Links     []Arrow
	Marks     []Mark
	Labels    []Label
	Legend    []LegendEntry

	// Undated counts the events left out because they have no date;
	// Unlabelled counts the drawn events without a label: left out by
	// MaxLabels, finding no room, or with no summary to show.
	Undated, Unlabelled int
}

// Rect is an axis-aligned box.
type Rect struct{ X, Y, W, H float64 }

// Right returns the x of the right edge of r.
func (r Rect) Right() float64 { return r.X + r.W }

// Bottom returns the y of the bottom edge of r.
func (r Rect) Bottom() float64 { return r.Y + r.H }

// Overlaps reports whether r and o share interior points.
func (r Rect) Overlaps(o Rect) bool {
	return r.X < o.Right() && o.X < r.Right() && r.Y < o.Bottom() && o.Y < r.Bottom()
}

// Lane is one horizontal band of the plot: the events of one actor, or of
// the others, or all events in single-lane mode.
type Lane struct {
	Index   int    // position from the top; marks name their lane by it
	ID      string // XML-safe, unique: "lane-" + actor id, "lane-others", "lane-all"
	Actor   string // the actor id, "" for the shared lanes
	Others  bool   // the lane of the actors without a lane of their own
	Name    string // shown in the gutter, cut to fit
	Tooltip string // full name, kind and event count
	Box     Rect   // the band, gutter included
	NameY   float64
	Events  int
}

// Axis is the time axis under the lanes: its segments of continuous time,
// the breaks between them, and the ticks.
type Axis struct {
	Y        float64 // the axis line
	Segments []Segment
	Breaks   []Break
	Ticks    []Tick
	GridTop  float64 // grid lines run from GridTop to Y
}

// Segment is a stretch of the axis where time runs linearly.
type Segment struct {
	X0, X1   float64
	From, To timeline.Date // first and last whole day shown
	Unit     Unit          // the tick unit chosen for it
}

// Break is a compressed stretch of time between two segments, drawn as a
// break mark.
type Break struct {
	X0, X1   float64
	From, To timeline.Date // first and last day left out
	Label    string        // the length of the gap: "4 years"
	LabelY   float64       // baseline of Label, centred on the break above the plot
	Tooltip  string
}

// Tick is a labelled point of the axis. Level 0 ticks carry the fine label
// ("10 Mar") and a grid line; level 1 ticks carry the context ("2025")
// on a second row.
type Tick struct {
	X     float64
	Date  timeline.Date
	Label string
	Level int
	Y     float64 // label baseline
}

// Shape is how an event is drawn.
type Shape uint8

const (
	Point Shape = iota // a marker at X
	Bar                // a bar from X to X2
)

// Mark is one event drawn in its lane.
type Mark struct {
	ID      string // XML-safe and unique: "ev-" + the event id
	EventID string
	Class   string // space-separated: "ev lane-2 st-expected k-meeting vague"
	Lane    int
	Shape   Shape
	X, Y    float64 // a point's centre; a bar's left end and centre line
	X2      float64 // a bar's right end
	R       float64 // a point's radius; half a bar's height
	Status  string  // the event's status, "occurred" when unknown
	Vague   bool    // the date is a week or coarser: draw faded ends
	// Background marks an event lasting years ("since 2014"), or a range
	// around the events drawn to scale that the axis cuts ("in 2024" on
	// an election night): a thin bar above the lane's marks, drawn faintly
	// behind the story.
	Background bool
	// Minor marks a statement: drawn smaller and fainter than the actions.
	Minor   bool
	Hollow  bool // expected or planned
	Crossed bool // denied
	Tooltip string
	URL     string // the article that dates the event, "" when unknown
	Label   int    // index into Diagram.Labels, -1 when unlabelled
}

// Label is the text of one mark, placed in a row under its lane, with a
// leader line from the mark.
type Label struct {
	ID    string // "lb-" + the mark's id suffix
	Mark  int    // index into Diagram.Marks
	Class string
	Text  string // cut with an ellipsis to fit the maximum width
	// Box is the estimated extent of the text with room for the leader
	// at either end; no two overlap, and no leader runs across another
	// label's box.
	Box   Rect
	TextX float64 // where the text starts, or ends when AlignEnd
	// AlignEnd says the label reads to the left of its mark and ends at
	// TextX (text-anchor: end).
	AlignEnd bool
	TextY    float64 // baseline
	Leader   Line
	Tooltip  string
	URL      string
}

// Line is a straight segment.
type Line struct{ X1, Y1, X2, Y2 float64 }

// Ghost is a faint copy of a mark in the lane of another participant.
type Ghost struct {
	Mark  int // index into Diagram.Marks
	Lane  int
	Class string
	Shape Shape
	X, Y  float64
	X2    float64
	R     float64
}

// Arrow is a link between two marks: a cubic Bézier from P0 to P3.
type Arrow struct {
	ID             string
	Class          string // "link link-causes"
	From, To       int    // indexes into Diagram.Marks
	P0, P1, P2, P3 [2]float64
	Tooltip        string
}

// PubMark is a faint mark on the axis for the day one or more sources
// were published.
type PubMark struct {
	X, Y    float64 // the tip, on the axis line
	Date    timeline.Date
	Count   int
	Tooltip string // titles of the articles published that day
	URL     string // the article's URL when exactly one was published that day
}

// LegendEntry is one swatch of the legend: a symbol and what it means.
type LegendEntry struct {
	Symbol string // occurred, expected, reported, denied, hypothetical, range, vague, background, ghost, published, break, link
	Label  string
	X, Y   float64 // the swatch's centre; the text starts at X + 12
}
