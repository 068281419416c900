package extract

import (
	"cmp"
	"strings"

	"github.com/storyline/storyline/timeline"
)

// nameOfID returns the fullest name of the actor with id.
func (x *extractor) nameOfID(id string) string {
	x.indexActors()
	if f, ok := x.known[id]; ok {
		return f.name
	}
	return id
}

// indexActors builds, once per document, each actor id's fullest name and
// the side it belongs to.
func (x *extractor) indexActors() {
	if x.indexed {
		return
	}
	x.indexed = true
	for i, m := range x.actors {
		if m.Kind == timeline.Place {
			x.sites[m.Text] = true
		}
		id := x.id(i)
		f := x.known[id]
		if n := x.name(i); len(n) > len(f.name) {
			f.name = n
		}
		f.side = cmp.Or(f.side, m.Country)
		f.role = cmp.Or(f.role, m.Role)
		f.kind = cmp.Or(f.kind, m.Kind)
		x.known[id] = f
	}
}

// actorFacts is what a document tells of one actor across its mentions.
type actorFacts struct {
	name string // the fullest name
	side string // the country it belongs to
	role string // a role it is given
	kind string // timeline.Person, Group, …
}

// pluralActor reports whether the actor id names many, as a group named
// in the plural does ("Israelis", "Palestinians"): a passive about it
// reads "were".
func (x *extractor) pluralActor(id string) bool {
	x.indexActors()
	f := x.known[id]
	return f.kind == timeline.Group && strings.HasSuffix(f.name, "s")
}
