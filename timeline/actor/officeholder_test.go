package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestOfficeBodyHolder: an office, its body and its holder written in one
// capitalised run are a person with a role in the body, not one body.
func TestOfficeBodyHolder(t *testing.T) {
	tests := []struct {
		text, person, role, body string
	}{
		{"The board includes co-founder and CEO of Quora Adam D'Angelo, who stayed.", "Adam D'Angelo", "CEO of Quora", "Quora"},
		{"The letter was signed by the chief executive of Orbis Dynamics Maria Lind on Monday.", "Maria Lind", "chief executive of Orbis Dynamics", "Orbis Dynamics"},
		{"Chairman of Varna Hydro Peter Kovac resigned on Monday.", "Peter Kovac", "Chairman of Varna Hydro", "Varna Hydro"},
		{"The chief executive of Apple Peter Kovac resigned on Monday.", "Peter Kovac", "chief executive of Apple", "Apple"},
		// A title's field after "of" is no body.
		{"Chief of Police Barry Weber said the suspect fled.", "Barry Weber", "Chief of Police", ""},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			ms := findOne(tc.text)
			var person, body bool
			for _, m := range ms {
				switch {
				case m.Kind == timeline.Person && m.Name == tc.person:
					person = true
					if m.Role != tc.role {
						t.Errorf("%q has role %q, want %q", m.Name, m.Role, tc.role)
					}
				case m.Kind == timeline.Organization:
					body = body || m.Name == tc.body
					if tc.body == "" {
						t.Errorf("a body %q", m.Name)
					}
				}
			}
			if !person || !body && tc.body != "" {
				t.Errorf("want person %q and body %q: %+v", tc.person, tc.body, ms)
			}
		})
	}
}

// TestRecognisedHolder: the person the recogniser names at the end of a
// body read after an office is cut from it and holds the office.
func TestRecognisedHolder(t *testing.T) {
	runEntityCases(t, timeline.Person, Persons, []entityCase{
		{text: "The board includes CEO of Orvane Tasvir Nadell, who joined in 2018.", names: []string{"Tasvir Nadell"},
			want: []string{"Tasvir Nadell=Tasvir Nadell"}},
	})
	runEntityCases(t, timeline.Organization, Persons, []entityCase{
		{text: "The board includes CEO of Orvane Tasvir Nadell, who joined in 2018.", names: []string{"Tasvir Nadell"},
			want: []string{"Orvane=Orvane"}, absent: []string{"Orvane Tasvir Nadell"}},
		// Without an office before it, the recogniser's name inside a
		// body's is left alone.
		{text: "Shares in Orvane Tasvir Nadell fell on Monday.", names: []string{"Tasvir Nadell"},
			absent: []string{"Orvane"}},
	})
}
