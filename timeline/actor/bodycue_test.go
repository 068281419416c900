package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestBareCompanies: a company named without an organisation word is one
// when the text says what only a body does, in its sentence or anywhere
// in its document; a speaker the text gives a person's pronoun or a given
// name stays a person.
func TestBareCompanies(t *testing.T) {
	tests := []struct {
		name string
		docs []string
		text string // every mention so written
		kind string
	}{
		{"a neuter pronoun of what it says", []string{"Varna Hydro said on Monday that it would raise prices."}, "Varna Hydro", timeline.Organization},
		{"its results", []string{"Kestrel Lumen announced in a statement that its profits had fallen."}, "Kestrel Lumen", timeline.Organization},
		{"which runs a business", []string{"Kestrel Lumen, which operates the dam, said the wall was safe."}, "Kestrel Lumen", timeline.Organization},
		{"a chief executive's body", []string{"The chief executive of Varna Hydro, Petar Ilchev, said so."}, "Varna Hydro", timeline.Organization},
		{"a spokeswoman for a body", []string{"A spokeswoman for Kestrel Lumen said the drones were safe."}, "Kestrel Lumen", timeline.Organization},
		{"a class noun names the bare speaker too",
			[]string{"Varna Hydro said on Monday the reservoir was full. The utility Varna Hydro will raise prices in May."},
			"Varna Hydro", timeline.Organization},
		{"which charters a ship", []string{"Norvo Marine, which charters the vessel, said the cargo was safe."}, "Norvo Marine", timeline.Organization},
		{"a body's description before the comma", []string{"The ship is owned by a Japanese company, Norvo Kisen, and insured abroad."}, "Norvo Kisen", timeline.Organization},
		{"a subject after a fronted phrase", []string{"In an interview with a Moscow daily, Vantosh said the talks had failed."}, "Vantosh", timeline.Person},
		{"a given name after a description that fits people too", []string{"The film was bought by a producer, Tomasz Brel, on Monday."}, "Tomasz Brel", timeline.Person},
		{"a company word of Japan", []string{"The ship's owner, Norvo Kisen Kaisha, apologized on Thursday."}, "Norvo Kisen Kaisha", timeline.Organization},
		{"a shipping line's first word", []string{"The ship is run by the shipping line Norvo Marine. Norvo said it would send tugs."}, "Norvo", timeline.Organization},
		{"a team's first word is its owner's", []string{"The Obama team met on Monday. Obama said he was pleased."}, "Obama", timeline.Person},
		{"a name before its party's noun", []string{"The Varnok party said it would back the bill. Gus Holm thanked Varnok on Monday."}, "Varnok", timeline.Organization},
		{"a thing's noun after the name is no surname", []string{"Hackers shut down the Norvo Pipeline on Friday. Norvo said it had restarted a smaller line."}, "Norvo", timeline.Organization},
		{"a person's pronoun", []string{"Petar Ilchev said on Monday that he would resign."}, "Petar Ilchev", timeline.Person},
		{"a given name", []string{"Marta Kowal said it would rain all week."}, "Marta Kowal", timeline.Person},
		{"who runs a business", []string{"Tomasz Brel, who runs the farm, said the wall was safe."}, "Tomasz Brel", timeline.Person},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkKind(t, tc.docs, tc.text, tc.kind) })
	}
}

// TestBareOrgRepeats: a body shown to be one is a mention wherever its
// name is written bare again in the document.
func TestBareOrgRepeats(t *testing.T) {
	tests := []struct {
		text, name string
		n          int
	}{
		{"The utility Varna Hydro will raise prices. Varna Hydro cut costs in May.", "Varna Hydro", 2},
		{"Kestrel Lumen, which operates the dam, said it was safe. Engineers doubted Kestrel Lumen on Monday.", "Kestrel Lumen", 2},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			ms, _ := findAndResolve(t, []timeline.Document{docOf("a", tc.text)})
			n := 0
			for _, m := range ms[0] {
				if m.Text == tc.name && m.Kind == timeline.Organization {
					n++
				}
			}
			if n != tc.n {
				t.Errorf("%d organisations %q, want %d (%s)", n, tc.name, tc.n, mentionIDs(ms[0]))
			}
		})
	}
}

// TestNamedHeadGuards: a word of faith before "party", or the last word
// of a longer name joined by "and", is no body's name of its own.
func TestNamedHeadGuards(t *testing.T) {
	for _, tc := range []struct{ text, word string }{
		{"Norvia's biggest Protestant party said it would leave the coalition.", "Protestant"},
		{"Gus Holm is an adviser to the ruling Order and Renewal party.", "Renewal"},
	} {
		for _, m := range findTexts(t, []string{tc.text})[0] {
			if m.Text == tc.word && m.Kind == timeline.Organization {
				t.Errorf("%q: %q is a body", tc.text, tc.word)
			}
		}
	}
}
