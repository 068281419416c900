package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestTradeClass: a trade's noun before a name ("rival grocer Northwind
// Markets", "wholesaler Kessel Pantry") makes it a body's whole name; the
// noun after a person's name describes the person.
func TestTradeClass(t *testing.T) {
	for _, tc := range []struct{ text, name, kind string }{
		{"Vardo Foods agreed to buy rival grocer Northwind Markets for $6 billion.", "Northwind Markets", timeline.Organization},
		{"Anna Berg sold the farm to wholesaler Kessel Pantry on Monday.", "Kessel Pantry", timeline.Organization},
		{"Anna Berg, a grocer from Kelby, said prices had doubled.", "Anna Berg", timeline.Person},
	} {
		checkKind(t, []string{tc.text}, tc.name, tc.kind)
	}
}

// TestMarketsName: a chain's name ending in "Markets" is a body's, and
// its first word alone in another article the same body.
func TestMarketsName(t *testing.T) {
	docs := findAll([]string{"Vardo Foods said it would buy Northwind Markets for $6 billion."},
		[]string{"Northwind shares fell 4% on Thursday."})
	Resolve(docs)
	a, b := idsOf(t, docs, "Northwind Markets"), idsOf(t, docs, "Northwind")
	if len(a) != 1 || len(b) != 1 || a[0] != b[0] {
		t.Errorf("Northwind Markets is %v, Northwind %v: want one body", a, b)
	}
}
