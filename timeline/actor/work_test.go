package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestWorkTitles: a film's or a book's title is no person, whatever the
// recogniser reads, while a person named after a noun for a work still is
// one.
func TestWorkTitles(t *testing.T) {
	checkPersons(t, []personCase{
		{"Danny Boyle directed the film Slumdog Millionaire in 2008.", "Slumdog Millionaire", false},
		{"The studio released the 2008 movie Harrow Vane on Friday.", "Harrow Vane", false},
		{"Critics loved \"Slumdog Millionaire\" that year.", "Slumdog Millionaire", false},
		{"It was the song Maria Vell said she wrote in 2010.", "Maria Vell", true},
	})
	// Another document's Mr Vane would confirm a name Find left
	// tentative.
	for _, doc := range []string{"Critics said the film Harrow Vane was long.", "Critics loved \"Harrow Vane\" that year."} {
		for _, m := range findTexts(t, []string{doc, "Mr Vane said he was pleased."})[0] {
			if m.Kind == timeline.Person {
				t.Errorf("%q: %q is a person", doc, m.Text)
			}
		}
	}
	runEntityCases(t, timeline.Person, Persons, []entityCase{
		{text: "The studio pursued Oscar winning Slumdog Millionaire screenwriter Simon Beaufoy.", names: []string{"Slumdog Millionaire"},
			absent: []string{"Slumdog Millionaire"}},
		{text: "Critics loved the film Tarrow Millionaire last year.", names: []string{"Tarrow Millionaire"}, absent: []string{"Tarrow Millionaire"}},
	})
}

// TestCountryBranch: a brand and a country are a company's branch in
// that country, unless a given name opens the name or the country is a
// common surname.
func TestCountryBranch(t *testing.T) {
	runEntityCases(t, timeline.Organization, Persons, []entityCase{
		{text: "Customers of Etisalat Egypt lost their connections.", names: []string{"Etisalat Egypt"}, want: []string{"Etisalat Egypt"}},
	})
	runEntityCases(t, timeline.Person, Persons, []entityCase{
		{text: "Customers of Etisalat Egypt lost their connections.", names: []string{"Etisalat Egypt"}, absent: []string{"Etisalat Egypt"}},
		{text: "The coach was Eddie Jordan until Sunday.", names: []string{"Eddie Jordan"}, want: []string{"Eddie Jordan=Eddie Jordan"}},
		{text: "The goal was scored by Tavi Holland on Sunday.", names: []string{"Tavi Holland"}, want: []string{"Tavi Holland=Tavi Holland"}},
	})
}
