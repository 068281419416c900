package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// A surname that is a word of bodies' names makes a person of a name with
// what only a person takes after it or a given name's initial before it.
func TestSurnameHeadPerson(t *testing.T) {
	for _, tc := range []struct{ text, name, kind string }{
		{"Dale Hall, director of the agency, said the bird was recovering.", "Dale Hall", timeline.Person},
		{"Dale Hall, the director, said the change was needed.", "Dale Hall", timeline.Person},
		{"H. Dale Hall said he had concerns about the comments.", "Dale Hall", timeline.Person},
		{"Dale Hall, who directs the service, said the change did not matter.", "Dale Hall", timeline.Person},
		{"Ostrand Bank, the lender, said profits fell.", "Ostrand Bank", timeline.Organization},
		{"Tessel Court, a housing charity, said rents rose.", "Tessel Court", timeline.Organization},
	} {
		checkKind(t, []string{tc.text}, tc.name, tc.kind)
	}
}

// The person one document marks is the person in every document, and a
// description the body's reading drew ("the team") is no one's.
func TestSurnameBodiesAcrossDocuments(t *testing.T) {
	texts := []string{
		"Elton Brand, who leads the team in scoring, was hurt on Friday.",
		"The Sixers signed free agent Elton Brand to a deal last summer. The team has lost eight games.",
	}
	all := findTexts(t, texts)
	n := 0
	for _, m := range all[1] {
		if m.Name != "Elton Brand" {
			continue
		}
		n++
		if m.Kind != timeline.Person || m.Text != "Elton Brand" {
			t.Errorf("%q named %q is a %s, want a person's name", m.Text, m.Name, m.Kind)
		}
	}
	if n == 0 {
		t.Errorf("no Elton Brand in %v", all[1])
	}
}
