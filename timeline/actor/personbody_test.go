package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestMarkedPersons: a name one document marks as a person's by an
// honorific is the person where another document's reader made it a
// body (the recogniser's organisation in "the laboratory of Henrik
// Sand"); a name ending in a body's word stays the body.
func TestMarkedPersons(t *testing.T) {
	for _, tc := range []struct {
		name, kind string
	}{
		{"Ivo Renner", timeline.Person},
		// must not change
		{"Ivo Renner Capital", timeline.Organization},
	} {
		docs := [][]Mention{
			{{Start: 0, End: 20, Text: "Professor Ivo Renner", Name: "Ivo Renner", Kind: timeline.Person}},
			{{Start: 30, End: 30 + len(tc.name), Text: tc.name, Name: tc.name, Kind: timeline.Organization}},
		}
		Resolve(docs)
		if got := docs[1][0].Kind; got != tc.kind {
			t.Errorf("%q is a %s, want a %s", tc.name, got, tc.kind)
		}
		if same := docs[1][0].ID == docs[0][0].ID; same != (tc.kind == timeline.Person) {
			t.Errorf("%q is %s, the professor %s", tc.name, docs[1][0].ID, docs[0][0].ID)
		}
	}
}
