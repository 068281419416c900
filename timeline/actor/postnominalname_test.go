package actor

import (
	"slices"
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
)

// A degree or honour written right after a name, with no comma ("Julian
// Malins QC"), ends the name: the person is the name without it, its
// apposition and verb of saying come after it, and it names no one.
func TestPostnominalAfterName(t *testing.T) {
	for _, tc := range []struct{ text, name, role string }{
		{"Mary Kerr KC told the court the ruling was flawed.", "Mary Kerr", ""},
		{"The barrister Julia Brannock QC, who acted for the family, spoke later.", "Julia Brannock", ""},
		{"Tom Vellacott PhD, a chemist, said the test failed.", "Tom Vellacott", "chemist"},
		{"Kemi Ashdown MP said the vote was close.", "Kemi Ashdown", ""},
		{"Sir Ed Harrow MP and Ines Calder MEP spoke at the rally.", "Ines Calder", ""},
	} {
		found := false
		for _, m := range findOne(tc.text) {
			if m.Name == tc.name {
				found = true
				if m.Kind != timeline.Person || m.Role != tc.role || m.Tentative {
					t.Errorf("%q in %q: %s (tentative %v) with role %q, want a person with role %q", m.Name, tc.text, m.Kind, m.Tentative, m.Role, tc.role)
				}
			}
			if slices.ContainsFunc(strings.Fields(m.Name), func(w string) bool { return slices.Contains([]string{"QC", "KC", "PhD", "MP", "MEP"}, w) }) {
				t.Errorf("%q in %q: read as %s %q", m.Text, tc.text, m.Kind, m.Name)
			}
		}
		if !found {
			t.Errorf("%q in %q: no mention", tc.name, tc.text)
		}
	}
}

// The recogniser reads the rank into the name ("Julian Malins QC"); the
// person it adds is the name without it.
func TestRecognisedPostnominal(t *testing.T) {
	for _, tc := range []struct{ text, span, name string }{
		{"The hearing heard from Orla Brannock QC on Monday.", "Orla Brannock QC", "Orla Brannock"},
		{"A statement from Ivo Dane Kell PhD followed.", "Ivo Dane Kell PhD", "Ivo Dane Kell"},
	} {
		at := strings.Index(tc.text, tc.span)
		got := Persons(tc.text, nil, []timeline.TextRange{{Start: at, End: at + len(tc.span)}})
		if !slices.ContainsFunc(got, func(m Mention) bool { return m.Name == tc.name && m.Kind == timeline.Person }) {
			t.Errorf("%q: got %v, want the person %q", tc.text, got, tc.name)
		}
	}
}
