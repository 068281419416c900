package actor

import (
	"slices"
	"testing"

	"github.com/storyline/storyline/timeline"
)

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b  string
		limit int
		want  int
	}{
		{"okoro", "okorro", 2, 1},
		{"volkovsky", "volkovskyy", 2, 1},
		{"volkovsky", "volkovskiy", 2, 1},
		{"volkovskyy", "volkovskiy", 2, 1},
		{"lavrin", "lazarin", 2, 2},
		{"ab", "ba", 2, 1},
		{"bérczi", "berczi", 2, 1},
		{"harcourt", "brody", 2, 3},
		{"", "abc", 5, 3},
	}
	for _, tt := range tests {
		t.Run(tt.a+"/"+tt.b, func(t *testing.T) {
			if got := editDistance(tt.a, tt.b, tt.limit); got != tt.want {
				t.Errorf("editDistance(%q, %q, %d) = %d, want %d", tt.a, tt.b, tt.limit, got, tt.want)
			}
		})
	}
}

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{
		"Tamsin Okoro": "tamsin-okoro", "Zoltán Bérczi": "zoltan-berczi", "US officials": "us-officials",
		"U.S. presidency": "us-presidency", "  Ostrava School of Economics ": "ostrava-school-of-economics", "Jean-Noël Vautrin": "jean-noel-vautrin",
	} {
		t.Run(want, func(t *testing.T) {
			if got := slug(in); got != want {
				t.Errorf("slug(%q) = %q, want %q", in, got, want)
			}
		})
	}
}

func TestOneSpaced(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Tamsin Okoro", "Tamsin Okoro"},
		{"Tamsin  Okoro", "Tamsin Okoro"},
		{" Tamsin Okoro ", "Tamsin Okoro"},
		{"Tamsin\nOkoro", "Tamsin Okoro"},
		{"Tamsin\u00a0Okoro", "Tamsin Okoro"},
		{"Élysée", "Élysée"},
		{"", ""},
		{" ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := oneSpaced(tt.in); got != tt.want {
				t.Errorf("oneSpaced(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestTitleAndSurnameAliases checks that a person is known by the title
// written before the name and by the surname alone.
func TestTitleAndSurnameAliases(t *testing.T) {
	tests := []struct {
		name, text, id string
		want, not      []string
	}{
		{"title before the name", "President Hal Brody said no.", "hal-brody",
			[]string{"President Hal Brody", "Brody"}, nil},
		{"a lower-case title is no alias", "The envoy Tamsin Okoro left.", "tamsin-okoro",
			[]string{"Okoro"}, []string{"envoy Tamsin Okoro"}},
		{"an unknown person's surname", "Deputy Minister Hedda Marrow said no.", "hedda-marrow",
			[]string{"Marrow", "Deputy Minister Hedda Marrow"}, nil},
	}
	f := NewFinder()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := docOfSpans(body(tt.text)...)
			actors := Resolve([][]Mention{f.Find(&doc)})
			i := slices.IndexFunc(actors, func(a timeline.Actor) bool { return a.ID == tt.id })
			if i < 0 {
				t.Fatalf("no actor %s in %+v", tt.id, actors)
			}
			for _, w := range tt.want {
				if !slices.Contains(actors[i].Aliases, w) {
					t.Errorf("aliases %q lack %q", actors[i].Aliases, w)
				}
			}
			for _, n := range tt.not {
				if slices.Contains(actors[i].Aliases, n) {
					t.Errorf("aliases %q hold %q", actors[i].Aliases, n)
				}
			}
		})
	}
}

// TestTentative checks that a capitalised word without context in one
// document names a person or organisation only when another document
// names one by it.
func TestTentative(t *testing.T) {
	tests := []struct {
		name string
		docs [][]string
		text string // the surface form checked in the last document
		want string // its actor's id; "" when it must be no mention
	}{
		{"a surname another document introduces",
			[][]string{{"Lena Ashford, the Ruritanian envoy, said so."}, {"The call with Ashford lasted an hour."}}, "Ashford", "lena-ashford"},
		{"a surname alone that another document gives a person",
			[][]string{{"Mr Ashford declined."}, {"The call with Ashford lasted an hour."}}, "Ashford", "ashford"},
		{"an organisation's first word",
			[][]string{{"The tower was built by Halvard Construction."}, {"Investigators searched the offices of Halvard on Monday."}}, "Halvard", "halvard-construction"},
		{"the place a body of it is named after",
			[][]string{{"The Dovrik City Council voted on Tuesday."}, {"Carl Dahl, the former treasurer of Dovrik, was arrested."}}, "Dovrik", ""},
		{"an office another document gives a person",
			[][]string{{"Russian President Ivan Petrenko spoke."}, {"A call with the Russian leader went well."}}, "the Russian leader", "ivan-petrenko"},
		{"offices of two states",
			[][]string{{"Russian President Ivan Petrenko spoke.", "US President Hal Brody spoke."}, {"Vell expects a call between the US and Russian presidents."}},
			"Russian presidents", "ivan-petrenko"},
		{"an office two documents give spellings of one name",
			[][]string{{"Ukrainian President Oleksiy Marchenkiy spoke."}, {"Oleksiy Marchenkyy, the Ukrainian president, spoke."}, {"A call with the Ukrainian leader went well."}},
			"the Ukrainian leader", "oleksiy-marchenkiy"},
		{"an office two people hold",
			[][]string{{"Ukrainian President Oleksiy Marchenkiy spoke."}, {"Oleksiy Dovrenko, the Ukrainian president, spoke."}, {"A call with the Ukrainian leader went well."}},
			"the Ukrainian leader", ""},
		{"an office no document gives anyone",
			[][]string{{"Ivan Petrenko spoke."}, {"A call with the Russian leader went well."}}, "the Russian leader", ""},
		{"no document confirms it",
			[][]string{{"Lena Ashford said so."}, {"The call with Brennock lasted an hour."}}, "Brennock", ""},
		{"two people of that surname",
			[][]string{{"Lena Ashford said so."}, {"Tomas Ashford said so."}, {"The call with Ashford lasted an hour."}}, "Ashford", ""},
		{"a state's name that a verb of saying made a person",
			[][]string{{"The ministry summoned the Aldrian ambassador.", "Aldria denied the accusations."}}, "Aldria", "aldria"},
		{"a capital opening a sentence says nothing",
			[][]string{{"Mr Hundreds said so."}, {"Hundreds waited."}}, "Hundreds", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs := findAll(tt.docs...)
			last := len(docs) - 1
			tentative := false
			for _, m := range docs[last] {
				tentative = tentative || m.Tentative && m.Text == tt.text
			}
			Resolve(docs)
			var got []string
			for _, m := range docs[last] {
				if m.Tentative {
					t.Errorf("mention %q still tentative after Resolve", m.Text)
				}
				if m.Text == tt.text {
					got = append(got, m.ID)
				}
			}
			switch {
			case tt.want == "" && len(got) > 0:
				t.Errorf("%q kept as %v", tt.text, got)
			case tt.want != "" && (len(got) != 1 || got[0] != tt.want):
				t.Errorf("%q has ids %v, want %s (tentative before Resolve: %v)", tt.text, got, tt.want, tentative)
			}
		})
	}
}

// TestPluralApart: a final "s" one name has and the other lacks makes two
// names, while a letter changed inside the word is a spelling.
func TestPluralApart(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"bills", "billy", true},
		{"williams", "william", true},
		{"okoro", "okorro", false},
		{"jones", "jonas", false},
		{"petrenko", "petrenka", false},
	} {
		if got := pluralApart(tc.a, tc.b); got != tc.want {
			t.Errorf("pluralApart(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
