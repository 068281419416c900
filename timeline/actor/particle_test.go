package actor

import (
	"slices"
	"testing"
)

// TestParticleNames checks that the particles of a name belong to it
// wherever they stand, in either case, and that a short form by a title
// and the given name is the same person.
func TestParticleNames(t *testing.T) {
	cases := []struct {
		texts []string
		want  []string // person names, sorted
	}{
		// A capitalised particle past the fifth word: the name goes on.
		{[]string{"Foreign Minister Sheikh Hamad bin Khalid bin Saud Al Marri said the talks would resume."},
			[]string{"Hamad bin Khalid bin Saud Al Marri"}},
		// A lower-case particle joined by a hyphen is the surname's.
		{[]string{"Union leader Tariq al-Masri said the strike would go on."}, []string{"Tariq al-Masri"}},
		// Spelt with a hyphen or a space, in either case, one surname.
		{[]string{"Minister Hamad bin Khalid Al Marri said the talks would resume.",
			"Minister Hamad bin Khalid Al-Marri said the talks had resumed."},
			[]string{"Hamad bin Khalid Al Marri"}},
		// A title and the given name alone are the full name's short form.
		{[]string{"Sheikh Hamad bin Khalid Al-Marri told reporters the talks would resume. Sheikh Hamad said both sides had agreed."},
			[]string{"Hamad bin Khalid Al-Marri"}},
		// A word before the particle, alone later, is the full name's
		// short form: in the document, and in another one.
		{[]string{"Former mayor Caio Anselmo Tito da Rocha won the vote. Tito told supporters he would govern for all."},
			[]string{"Caio Anselmo Tito da Rocha"}},
		{[]string{"Former mayor Caio Anselmo Tito da Rocha won the vote.", "Tito was sworn in on Sunday. Tito said he would govern for all."},
			[]string{"Caio Anselmo Tito da Rocha"}},
		// Loose words a particle joins are the full name of the person
		// the text calls by one of them.
		{[]string{"Caio Anselmo Tito da Rocha was elected on Sunday. Tito told supporters he would govern for all."},
			[]string{"Caio Anselmo Tito da Rocha"}},
		// The surname without its article is the full name's.
		{[]string{"The board dismissed Tariq al-Masri, its deputy chief. Masri was a familiar face to reporters."},
			[]string{"Tariq al-Masri"}},
		// The name after "bin" alone is the father's.
		{[]string{"Crown Prince Faisal bin Tariq met reporters. King Tariq ordered an inquiry."},
			[]string{"Faisal bin Tariq", "Tariq"}},
		// A given name alone is the one full name that opens with it, in
		// the document and in another; not the given name of two.
		{[]string{"The airline's chief executive, Tesfaye Alemu, spoke at the site. \"We will help the families,\" Tesfaye said."},
			[]string{"Tesfaye Alemu"}},
		{[]string{"The airline's chief executive, Tesfaye Alemu, spoke at the site.", "\"We will help the families,\" Tesfaye said on Monday."},
			[]string{"Tesfaye Alemu"}},
		{[]string{"Minister Tesfaye Alemu spoke. Mayor Tesfaye Bekele agreed.", "\"We will help,\" Tesfaye said on Monday."},
			[]string{"Tesfaye", "Tesfaye Alemu", "Tesfaye Bekele"}},
		// A word before the particles of two names stays alone.
		{[]string{"Mayor Caio Tito da Rocha said the plan would work.", "Senator Tito Brás de Sousa said it would not.", "Tito said the vote was close."},
			[]string{"Caio Tito da Rocha", "Tito", "Tito Brás de Sousa"}},
	}
	for _, tc := range cases {
		if got := personNames(t, tc.texts); !slices.Equal(got, tc.want) {
			t.Errorf("%q: persons %q, want %q", tc.texts, got, tc.want)
		}
	}
}

// TestParticleShortForms: in one document, the short form of a name a
// particle joins takes the full name.
func TestParticleShortForms(t *testing.T) {
	tests := []struct{ text, short, want string }{
		{"Former mayor Caio Anselmo Tito da Rocha won the vote. Supporters of Tito cheered.", "Tito", "Caio Anselmo Tito da Rocha"},
		{"The board dismissed Tariq al-Masri, its deputy chief. The sanctions named 17 people, including Masri.", "Masri", "Tariq al-Masri"},
		// Such a word is no short form where it is someone's surname.
		{"Mayor Caio Tito da Rocha said the talks had failed. His deputy, Anna Tito, agreed. Tito said she would resign.", "Tito", "Anna Tito"},
	}
	for _, tc := range tests {
		found := false
		for _, m := range findOne(tc.text) {
			if m.Text == tc.short {
				found = true
				if m.Name != tc.want {
					t.Errorf("%q: %q is %q, want %q", tc.text, m.Text, m.Name, tc.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no mention %q", tc.text, tc.short)
		}
	}
}
