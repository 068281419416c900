package actor

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestLoneNames: a one-word name the recogniser reads as a person, where
// the finder found nothing, is a tentative person for Resolve to confirm;
// not a storm's name nor a part of a hyphenated name, nor a common noun.
func TestLoneNames(t *testing.T) {
	tests := []struct {
		text, name string
		want       bool
	}{
		{"Kowalczyk conceded defeat early on Friday.", "Kowalczyk", true},
		{"Lawyers for O'Rourke said so.", "O'Rourke", true},
		{"Hurricane Alma hit the coast. Alma made landfall at noon.", "Alma made", false}, // the storm's
		{"Tropical Storm Alma formed. Alma made landfall at noon.", "Alma made", false},
		{"Bankman-Fried, 31, has pleaded not guilty.", "Bankman", false}, // part of a name
		{"Jurors said the verdict was fair.", "Jurors", false},           // a people noun
		{"NATO said so.", "NATO", false},                                 // initials
		{"Li said so.", "Li", false},                                     // too short to tell
		{"Ships waited at the Port of Westhaven.", "Westhaven", false},   // a town, named for the port
		{"Ships waited for Westhaven.", "Westhaven", true},
	}
	for _, tt := range tests {
		at := strings.LastIndex(tt.text, tt.name)
		end := at + strings.IndexByte(tt.name+" ", ' ')
		got := loneNames(loadDefault(), tt.text, nil, []timeline.TextRange{{Start: at, End: end}})
		if found := len(got) == 1 && got[0].Tentative && got[0].Kind == timeline.Person; found != tt.want {
			t.Errorf("%q in %q: a tentative person %v, want %v (%+v)", tt.text[at:end], tt.text, found, tt.want, got)
		}
	}
}

// TestStormNames: the name a document gives a storm is no person there,
// even after a verb of saying; the same name in a document without the
// storm still is.
func TestStormNames(t *testing.T) {
	tests := []struct {
		text   string
		person bool
	}{
		{"Tropical Storm Alma formed on Friday. Forecasters said Alma was expected to strengthen.", false},
		{"Hurricane Alma hit the coast on Monday. Officials said Alma had weakened.", false},
		{"The crowd cheered. Officials said Alma was expected to resign.", true},
	}
	for _, tt := range tests {
		got := false
		for _, m := range findAll([]string{tt.text})[0] {
			got = got || m.Kind == timeline.Person && m.Text == "Alma"
		}
		if got != tt.person {
			t.Errorf("%q: Alma a person %v, want %v", tt.text, got, tt.person)
		}
	}
}
