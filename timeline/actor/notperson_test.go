package actor

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestFindNotPerson checks capitalised words that look like names but that
// English marks as no one: places, prizes, titles, stores.
func TestFindNotPerson(t *testing.T) {
	tests := []struct {
		name, text string
		notPerson  []string // names no person mention may carry
		want       []string // "kind:name" mentions that must be found
	}{
		{"a ship is no person", "The MV Aurora said it was under attack, Vell said.",
			[]string{"MV Aurora", "Aurora"}, []string{"organization:MV Aurora"}},
		{"a warship either", "Sailors from HMS Kelby boarded the boat on Monday.",
			[]string{"HMS Kelby", "Kelby"}, []string{"organization:HMS Kelby"}},
		{"a ship's prefix that is an honorific in lower case", "A day earlier the cruise liner MS Kelby said it would fly its passengers home.",
			[]string{"MS Kelby", "Kelby"}, []string{"organization:MS Kelby"}},
		{"the honorific so written is a woman's", "Ms Kelby said she would fly home.",
			nil, []string{"person:Kelby"}},
		{"abbreviated rank with full stop", "Harbour police Sgt. Thomas Dane said the car was stolen.",
			[]string{"Sgt", "Sgt Thomas Dane"}, []string{"person:Thomas Dane"}},
		{"abbreviated rank spaced off its stop", "Harbour police Sgt . Thomas Dane testified on Monday.",
			[]string{"Sgt"}, []string{"person:Thomas Dane"}},
		{"abbreviated title without stop", "Two deaths so close together were unusual, Insp Brannock said.",
			[]string{"Insp Brannock", "Insp"}, []string{"person:Brannock"}},
		{"clerical honorific", "Reporters spoke with Msgr. Alan Vell about the nomination.",
			[]string{"Msgr"}, []string{"person:Alan Vell"}},
		{"prize after a given name", "Okoro hosted both the 2004 and 2005 Alan Awards, Vell said.",
			[]string{"Alan Awards", "Awards"}, nil},
		{"prize with a title word", "He won the Kelby Player Award in 2019, Vell said.",
			[]string{"Award", "Player Award", "Kelby Player Award"}, nil},
		{"plural after an article", "Vell said the Brannies added a category this year.",
			[]string{"Brannies"}, nil},
		{"noun after an indefinite article", "Reporters said an Ostrel win would surprise Mr Vell.",
			[]string{"Ostrel"}, []string{"person:Vell"}},
		{"name before a word for its people", "Tim Vell faces one count of murder, said Kelburn police spokesman Ivo Dane.",
			[]string{"Kelburn"}, []string{"place:Kelburn"}},
		{"name before man", "A 61-year-old Kelburn man was charged yesterday, police said.",
			[]string{"Kelburn"}, []string{"place:Kelburn"}},
		{"store named after its founder", "Investigators say Vell's Club is checking its tape.",
			[]string{"Vell", "Vell's Club"}, []string{"organization:Vell's Club"}},
		{"store in spaced text", "Investigators say Vell 's Club is checking its tape .",
			[]string{"Vell"}, []string{"organization:Vell's Club"}},
		{"owner of a person", "Ostrava's Thomas Dane and Kelburn's Alan Brannock were fired.",
			[]string{"Kelburn"}, []string{"person:Alan Brannock"}},
		{"region after an article stays a place", "Strikes on the Odrava region damaged energy facilities.",
			[]string{"Odrava"}, []string{"place:Odrava"}},
		{"a suburb's name before a saying", "A boy was held, police in the Kelburn suburb of Dovrikstad said on Sunday.",
			[]string{"Dovrikstad"}, []string{"place:Dovrikstad"}},
		{"a name before a word for a place's part", "Police came from the west Kelburn suburb of Dovrikstad.",
			nil, []string{"place:Kelburn"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := docOf("d", tc.text)
			ms := NewFinder().Find(&doc)
			checkMentions(t, &doc, ms)
			for _, m := range ms {
				for _, n := range tc.notPerson {
					if m.Kind == timeline.Person && m.Name == n {
						t.Errorf("%q is a person, want none:%s", n, describe(ms))
					}
				}
			}
			for _, w := range tc.want {
				kind, name, _ := strings.Cut(w, ":")
				found := false
				for _, m := range ms {
					found = found || string(m.Kind) == kind && m.Name == name
				}
				if !found {
					t.Errorf("want %s %q, got:%s", kind, name, describe(ms))
				}
			}
		})
	}
}

// A person's full name after "the" that modifies a noun is the person.
func TestFullNameModifierIsPerson(t *testing.T) {
	for _, tc := range []struct{ text, name string }{
		{"About a Boy, from the Nick Hornby novel, won praise.", "Nick Hornby"},
		{"The Angels are now out of the Mark Teixeira derby, the paper said.", "Mark Teixeira"},
	} {
		checkKind(t, []string{tc.text}, tc.name, timeline.Person)
	}
}

// A place after a preposition of place is no speaker, a run a district
// word ends is a place, and "I'd" is no name.
func TestPlaceOrPronounNoPerson(t *testing.T) {
	for _, tc := range []struct{ text, name, kind string }{
		{"A spokeswoman for Beaumont Hospital in Royal Oak said the victims were taken there.", "Royal Oak", timeline.Place},
		{"Police named him as Alan Steinberg, 48, of Bruce Township.", "Bruce Township", timeline.Place},
		{"Before I introduce the next surgeon general, I'd like to say a few words.", "I'd", ""},
		{"Before I introduce the next surgeon general, I’d like to say a few words.", "I’d", ""},
	} {
		found := false
		for _, m := range findTexts(t, []string{tc.text})[0] {
			if m.Text != tc.name {
				continue
			}
			found = true
			if m.Kind != tc.kind {
				t.Errorf("%q in %q: a %s, want %q", m.Text, tc.text, m.Kind, tc.kind)
			}
		}
		if !found && tc.kind != "" {
			t.Errorf("%q in %q: no mention", tc.name, tc.text)
		}
	}
}

// TestDescentIsNoPlace: a word of descent before a noun for a person says
// who the person is, not where from ("a Black man", unlike "a Kelburn
// man").
func TestDescentIsNoPlace(t *testing.T) {
	for text, word := range map[string]string{
		"Vell was charged in the death of Tim Dane, a 46-year old Black man and father of five.": "Black",
		"Police announced the arrest of a 15 year old Hispanic male on Sunday.":                  "Hispanic",
		"A 61-year-old Kelburn man was charged yesterday, police said.":                          "",
	} {
		doc := docOf("d", text)
		ms := NewFinder().Find(&doc)
		for _, m := range ms {
			if m.Name == word && m.Kind == timeline.Place {
				t.Errorf("%q: %q is a place:%s", text, word, describe(ms))
			}
		}
	}
}
