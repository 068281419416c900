package timeline

// Schema names the version of the events document.
const Schema = "storyline/v1"

// Where a document's publication date came from.
const (
	FromMetadata = "metadata" // the file's own metadata (front matter, HTML meta, JSON field)
	FromFlag     = "flag"     // the --dct flag
	FromContent  = "content"  // inferred from the text (a "Published …" line, a dateline)
	FromNone     = "none"     // unknown: relative dates stay unanchored
)

// Document is one article as read: its text and what is known about it.
// Offsets everywhere in Storyline are byte offsets into Text.
type Document struct {
	ID            string `json:"id"`
	Path          string `json:"path"`
	Title         string `json:"title"`
	URL           string `json:"url"`
	Source        string `json:"source,omitempty"`
	Published     Date   `json:"published"`
	PublishedFrom string `json:"published_from"`
	Dropped       int    `json:"dropped"`

	// Text is the article body as it arrived (for HTML, the extracted main
	// text). Boilerplate is not cut out of it; it is left out of Sentences.
	Text string `json:"-"`
	// Sentences are the kept sentences, in order, never overlapping.
	Sentences []Span `json:"-"`
}

// Span is a stretch of a document's Text, [Start, End) in bytes.
type Span struct {
	Start, End int
	Kind       SpanKind
}

// SpanKind says what a kept span of text is.
type SpanKind uint8

const (
	Body    SpanKind = iota // running text
	Heading                 // a title or subheading with no full stop
	Caption                 // a photo caption
	Quote                   // a line that is a quotation only
	Bullet                  // an item of a bulleted list
)

// SpanText returns the text of s in doc.
func (doc *Document) SpanText(s Span) string { return doc.Text[s.Start:s.End] }

// Granularity is how precise an interval is.
type Granularity string

const (
	Day     Granularity = "day"
	Week    Granularity = "week"
	Month   Granularity = "month"
	Quarter Granularity = "quarter"
	Season  Granularity = "season"
	Year    Granularity = "year"
	Decade  Granularity = "decade"
	Century Granularity = "century"
)

// Interval is a stretch of calendar days, both ends inclusive. A point in
// time is an Interval whose Start equals End.
type Interval struct {
	Start       Date        `json:"start"`
	End         Date        `json:"end"`
	Granularity Granularity `json:"granularity"`
}

// IsZero reports whether iv is the zero Interval.
func (iv Interval) IsZero() bool { return iv.Start.IsZero() && iv.End.IsZero() }

// Contains reports whether d lies inside iv.
func (iv Interval) Contains(d Date) bool { return !d.Before(iv.Start) && !d.After(iv.End) }

// Overlaps reports whether iv and o share a day.
func (iv Interval) Overlaps(o Interval) bool {
	return !iv.End.Before(o.Start) && !o.End.Before(iv.Start)
}

// Days returns the number of days iv spans.
func (iv Interval) Days() int { return iv.Start.DaysUntil(iv.End) + 1 }

// TIMEX3 types.
const (
	TypeDate     = "DATE"
	TypeTime     = "TIME"
	TypeDuration = "DURATION"
	TypeSet      = "SET"
)

// Timex is one temporal expression, normalised as a TimeML TIMEX3.
type Timex struct {
	Start int    `json:"start"` // byte offset of the first byte
	End   int    `json:"end"`   // byte offset after the last byte
	Text  string `json:"text"`
	Type  string `json:"type"`  // DATE, TIME, DURATION or SET
	Value string `json:"value"` // TIMEX3 value: 2025-03-15, 2025-W11, P30D, PAST_REF, XXXX-WXX-6 …
	Mod   string `json:"mod,omitempty"`
	// Interval is the stretch of days the expression denotes, when it
	// denotes one (nil for durations, sets and unanchored values).
	Interval *Interval `json:"interval,omitempty"`
}

// Actor kinds.
const (
	Person       = "person"
	Organization = "organization"
	Country      = "country"
	Place        = "place"
	Group        = "group"
)

// Actor is a person, organisation, country, place or group, with every
// name it goes by across the documents.
type Actor struct {
	ID       string   `json:"id"`
	Name     string   `json:"name"`
	Kind     string   `json:"kind"`
	Aliases  []string `json:"aliases"`
	Roles    []string `json:"roles"`
	Country  string   `json:"country,omitempty"` // the country or side the actor belongs to, as an actor id
	Mentions int      `json:"mentions"`
}

// Event statuses.
const (
	Occurred     = "occurred"
	Expected     = "expected"
	Planned      = "planned"
	Reported     = "reported"
	Denied       = "denied"
	Hypothetical = "hypothetical"
)

// Participant roles.
const (
	RoleAgent       = "agent"       // who did it
	RolePatient     = "patient"     // to whom or what it was done
	RoleParticipant = "participant" // who else took part (the other side of a meeting or call)
)

// Event is one real-world happening, with every telling of it.
type Event struct {
	ID      string        `json:"id"`
	Kind    string        `json:"kind"`
	Summary string        `json:"summary"`
	When    *When         `json:"when"`
	Status  string        `json:"status"`
	Actors  []Participant `json:"actors"`
	Places  []string      `json:"places"`
	// Predicate is the lemma of the word that names the event: the open
	// vocabulary under Kind ("meet", "verdict", "flood").
	Predicate string `json:"predicate,omitempty"`
	// Reported is the earliest publication date among the event's
	// tellings: where the text gives no date (When is nil), the day the
	// news had it by.
	Reported Date `json:"reported,omitzero"`
	// Salience says, from 0 to 1, how timeline-worthy the event is; the
	// pictures leave out what falls under their threshold, the events
	// document keeps every event the text states.
	Salience float64   `json:"salience,omitempty"`
	Mentions []Mention `json:"mentions"`
	// Dates lists what each source says of the date when the sources
	// disagree; When is then the narrowest interval most of them allow.
	Dates []DateClaim `json:"dates,omitempty"`
}

// When is an event's date: an inclusive interval and the expression that
// anchors it.
type When struct {
	Start       Date        `json:"start"`
	End         Date        `json:"end"`
	Value       string      `json:"value"`
	Granularity Granularity `json:"granularity"`
	Text        string      `json:"text"`
	Doc         string      `json:"doc"`
	// Basis says how the event got this date: "text", an expression that
	// governs it; "narrative", a time carried from an earlier sentence of
	// the same telling; "publication", the publication day itself, where
	// tense and wording put the event on it.
	Basis string `json:"basis,omitempty"`
}

// Interval returns w as an Interval.
func (w *When) Interval() Interval { return Interval{w.Start, w.End, w.Granularity} }

// DateClaim is what one document says of an event's date.
type DateClaim struct {
	Doc   string `json:"doc"`
	Start Date   `json:"start"`
	End   Date   `json:"end"`
	Text  string `json:"text"`
}

// Participant is an actor taking part in an event.
type Participant struct {
	ID   string `json:"id"`
	Role string `json:"role"` // agent | patient | participant
}

// Mention is one telling of an event: the sentence that tells it.
type Mention struct {
	Doc   string `json:"doc"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	// Trigger is the word or words that name the event in this telling
	// ("met", "talks", "shouting match").
	Trigger *TextRange `json:"trigger,omitempty"`
}

// TextRange is a stretch of a document's Text, [Start, End) in bytes.
type TextRange struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Link kinds.
const (
	Causes      = "causes"
	RespondsTo  = "responds_to"
	Contradicts = "contradicts"
	Precedes    = "precedes"
	Enables     = "enables"
	Fulfils     = "fulfils"
)

// Link relates two events. It reads From Kind To: for causes and enables,
// From is the cause and To the effect; for responds_to and contradicts, From
// is the later event that answers or contradicts To; for precedes, From
// comes first; for fulfils, From is what happened and To the expected or
// planned event it makes good. Docs lists every document that states the
// link; Doc names it only when there is one, since a link between merged
// events holds in every telling of both.
type Link struct {
	From       string   `json:"from"`
	To         string   `json:"to"`
	Kind       string   `json:"kind"`
	Cue        string   `json:"cue"`
	Doc        string   `json:"doc,omitempty"`
	Docs       []string `json:"docs"`
	Confidence float64  `json:"confidence"`
}

// Sources lists the documents that state l.
func (l Link) Sources() []string {
	if len(l.Docs) == 0 && l.Doc != "" {
		return []string{l.Doc}
	}
	return l.Docs
}

// Diagnostic is a problem with one input that did not stop the others.
// An error means the input (or one record of it) was not read; a warning
// means it was read with something missing, such as its publication date.
type Diagnostic struct {
	Path    string `json:"path"`
	Line    int    `json:"line,omitempty"`
	Warning bool   `json:"warning,omitempty"`
	Message string `json:"message"`
}

// Timeline is the events document, storyline/v1: everything built from a
// set of documents, sorted so that the same input gives the same bytes.
type Timeline struct {
	Schema      string       `json:"schema"`
	Documents   []Document   `json:"documents"`
	Actors      []Actor      `json:"actors"`
	Events      []Event      `json:"events"`
	Links       []Link       `json:"links"`
	Diagnostics []Diagnostic `json:"diagnostics,omitempty"`
}
