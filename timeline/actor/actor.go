package actor

import "github.com/storyline/storyline/timeline"

// Mention is one naming of an actor in a document.
type Mention struct {
	Start, End int    // byte offsets into the document's Text
	Text       string // the surface form as written: "Mr Witcoff", "the Kremlin"
	Name       string // the fullest name known for it in this document: "Steve Witcoff"
	Kind       string // timeline.Person, Organization, Country, Place or Group
	Role       string // from a title or apposition: "US special envoy"
	Country    string // actor id of the country or side it belongs to, if known
	ID         string // the actor id across documents; set by Resolve
}

// Finder finds actor mentions using the embedded gazetteer.
type Finder struct{}

// NewFinder returns a Finder with the embedded gazetteer loaded.
func NewFinder() *Finder { return &Finder{} }

// Find returns the actor mentions in doc's kept sentences, sorted by Start.
func (f *Finder) Find(doc *timeline.Document) []Mention { return nil }

// Resolve groups the mentions of all documents into actors (aliases,
// spelling variants, titles), sets each mention's ID, and returns the
// actors sorted by ID.
func Resolve(docs [][]Mention) []timeline.Actor { return nil }
