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
		{"H. Dale Hall said he had concerns about the comments.", "H. Dale Hall", timeline.Person},
		{"Dale Hall, who directs the service, said the change did not matter.", "Dale Hall", timeline.Person},
		{"He was beaten by Deputy Cynthia Hall on Monday.", "Cynthia Hall", timeline.Person},
		{"He overpowered his guard, sheriff's Deputy Cynthia Hall, beating her badly.", "Cynthia Hall", timeline.Person},
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

// A middle initial and its full stop are the person's name, not its end:
// "George W. Bush" is one person. A leading initial is left out of the
// name, as other articles write it: "W. Mark Felt" is "Mark Felt".
func TestMiddleInitial(t *testing.T) {
	for _, tc := range []struct{ text, name string }{
		{"President George W. Bush said the war would go on.", "George W. Bush"},
		{"Francis S. Collins said the genome was mapped.", "Francis S. Collins"},
		{"The sheriff, Robert J. Pickell, said the man was held.", "Robert J. Pickell"},
		{"H. Dale Hall, director of the service, said the change was needed.", "Dale Hall"},
		{"W. Mark Vell, the deputy director, died on Thursday.", "Mark Vell"},
	} {
		all := findTexts(t, []string{tc.text})
		if len(all[0]) != 1 || all[0][0].Name != tc.name || all[0][0].Kind != timeline.Person {
			t.Errorf("%q: got %v, want the one person %q", tc.text, all[0], tc.name)
		}
	}
	// The name without the initial is the person another document marks.
	all := findTexts(t, []string{"H. Dale Hall, director of the service, said the change was needed.", "Dale Hall said the birds were safe."})
	for _, m := range all[1] {
		if m.Kind != timeline.Person {
			t.Errorf("%q in the second document is a %s, want a person", m.Text, m.Kind)
		}
	}
}

// A name opened by an initial is the person other articles name without
// it.
func TestLeadingInitialJoins(t *testing.T) {
	all := findTexts(t, []string{"W. Mark Vell, the deputy director, died on Thursday.", "Mark Vell, 91, said he was the source."})
	if len(all[0]) == 0 || len(all[1]) == 0 || all[0][0].ID != all[1][0].ID {
		t.Errorf("not one person: %v and %v", all[0], all[1])
	}
}
