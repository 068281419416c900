package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
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
	}
	for _, tc := range cases {
		var docs []timeline.Document
		for i, text := range tc.texts {
			docs = append(docs, docOf(string(rune('a'+i)), text))
		}
		_, actors := findAndResolve(t, docs)
		var got []string
		for _, a := range actors {
			if a.Kind == timeline.Person {
				got = append(got, a.Name)
			}
		}
		if len(got) != len(tc.want) {
			t.Errorf("%q: persons %q, want %q", tc.texts, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("%q: persons %q, want %q", tc.texts, got, tc.want)
				break
			}
		}
	}
}
