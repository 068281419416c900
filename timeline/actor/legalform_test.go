package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestLegalFormLeftOut: a company named with its legal form ("Inc",
// "Ltd") goes by its name without it, unless another actor has that name
// (the company "Nord Stream AG" beside the pipeline "Nord Stream").
func TestLegalFormLeftOut(t *testing.T) {
	for _, tc := range []struct{ name, want, id string }{
		{"Carrow Pharmacy Group Inc", "Carrow Pharmacy Group", "carrow-pharmacy-group"},
		{"Brenlow Ltd.", "Brenlow", "brenlow"},
		{"Ostrand Holdings", "Ostrand Holdings", "ostrand-holdings"},
	} {
		docs := [][]Mention{{{Start: 0, End: len(tc.name), Text: tc.name, Name: tc.name, Kind: timeline.Organization}}}
		actors := Resolve(docs)
		if len(actors) != 1 || actors[0].Name != tc.want || actors[0].ID != tc.id {
			t.Errorf("%q: got %+v, want %q (%s)", tc.name, actors, tc.want, tc.id)
		}
	}
}

func TestLegalFormKeptBesideNamesake(t *testing.T) {
	docs := [][]Mention{{
		{Start: 0, End: 12, Text: "Velda Stream", Name: "Velda Stream", Kind: timeline.Place},
		{Start: 20, End: 35, Text: "Velda Stream AG", Name: "Velda Stream AG", Kind: timeline.Organization},
	}}
	var names []string
	for _, a := range Resolve(docs) {
		names = append(names, a.ID+"="+a.Name)
	}
	if len(names) != 2 || names[1] != "velda-stream-ag=Velda Stream AG" {
		t.Errorf("got %v, want the company as Velda Stream AG beside the place", names)
	}
}
