package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestSubnationalPlaces: a US state, full or as the stylebook abbreviates
// it, is one place of the US, never a country; a province abbreviated in
// a dateline is a place; a state's name opening a longer name is left to
// the name rules.
func TestSubnationalPlaces(t *testing.T) {
	tests := []struct {
		name string
		docs [][]string
		text string // a surface form of the last document
		kind string
		id   string
	}{
		{"a state abbreviated in a dateline",
			[][]string{{"Crowds gathered outside a branch in Santa Clara, Calif., on Friday."}}, "Calif.", timeline.Place, "california"},
		{"the state in full is the same place",
			[][]string{{"Crowds gathered in Santa Clara, Calif., on Friday."}, {"Regulators in California closed the bank."}}, "California", timeline.Place, "california"},
		{"a state of two words",
			[][]string{{"The storm moved across New Mexico on Monday."}}, "New Mexico", timeline.Place, "new-mexico"},
		{"a province abbreviated in a dateline",
			[][]string{{"Flooding was reported in Kelby, Ont., on Friday."}}, "Ont", timeline.Place, "ont"},
		{"a state spelled out in a dateline stays a country",
			[][]string{{"Storms were reported in Dovrik, Norvia, on Friday."}}, "Norvia", timeline.Country, "norvia"},
		{"a state's name as a given name",
			[][]string{{"Virginia Giuffre said she had been abused."}}, "Virginia Giuffre", timeline.Person, "virginia-giuffre"},
		{"a state's officials are its own",
			[][]string{{"Alabama officials said the bill passed."}}, "Alabama officials", timeline.Group, "alabama-officials"},
		{"a city named for its state",
			[][]string{{"Jared Allen of Kansas City was suspended."}}, "Kansas City", timeline.Place, "kansas-city"},
		{"a school named for its state",
			[][]string{{"The NCAA notified Ohio State University of violations."}}, "Ohio State University", timeline.Organization, "ohio-state-university"},
		{"another state's name as a given name",
			[][]string{{"Nevada Smith said so."}}, "Nevada Smith", timeline.Person, "nevada-smith"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs := findAll(tt.docs...)
			Resolve(docs)
			for _, m := range docs[len(docs)-1] {
				if m.Text == tt.text {
					if m.Kind != tt.kind || m.ID != tt.id {
						t.Errorf("%q is %s %s, want %s %s", tt.text, m.Kind, m.ID, tt.kind, tt.id)
					}
					return
				}
			}
			t.Errorf("no mention %q in %v", tt.text, docs[len(docs)-1])
		})
	}
}

// TestRegionNoHomeGovernment: states of one country do not make "the
// government" of their story that country's, as each has its own.
func TestRegionNoHomeGovernment(t *testing.T) {
	tests := []struct {
		name string
		docs [][]string
		want string // the id of "government"
	}{
		{"states", [][]string{{"Fires burned in California, Oregon and Nevada on Monday.", "The government sent aid to California."}}, "government"},
		{"cities", [][]string{{"Fires burned near Moscow, St Petersburg and Moscow on Monday.", "The government sent aid."}}, "russian-government"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs := findAll(tt.docs...)
			Resolve(docs)
			for _, m := range docs[len(docs)-1] {
				if m.Text == "government" {
					if m.ID != tt.want {
						t.Errorf("government is %s, want %s", m.ID, tt.want)
					}
					return
				}
			}
			t.Errorf("no mention of the government in %v", docs[len(docs)-1])
		})
	}
}

// TestPlaceInHeading: a heading capitalises every word, so a place before
// a body's head there is the place, no body ("Troy, Michigan Office
// Shooting Follow-Up").
func TestPlaceInHeading(t *testing.T) {
	doc := docOfSpans(span{"Troy, Michigan Office Shooting Follow-Up", timeline.Heading}, span{"A man was arrested.", timeline.Body})
	for _, m := range NewFinder().Find(&doc) {
		if m.Kind == timeline.Organization {
			t.Errorf("heading gives the body %q", m.Text)
		}
	}
}
