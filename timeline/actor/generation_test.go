package actor

import (
	"slices"
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestGenerationSuffix: a generational suffix is part of a person's name,
// so the person is the one another article names without it, the surname
// alone is his, and the suffix alone is no alias.
func TestGenerationSuffix(t *testing.T) {
	tests := []struct{ first, second, suffix string }{
		{"Arlen Voss III, 41, was arrested. Voss said nothing.", "Police said Arlen Voss was charged.", "III"},
		{"Darren Pelke Jr said he was sorry. Pelke left the court.", "Prosecutors said Darren Pelke would appeal.", "Jr"},
	}
	for _, tc := range tests {
		t.Run(tc.first, func(t *testing.T) {
			ms, actors := findAndResolve(t, []timeline.Document{docOf("a", tc.first), docOf("b", tc.second)})
			ids := map[string]bool{}
			for _, d := range ms {
				for _, m := range d {
					if m.Kind == timeline.Person {
						ids[m.ID] = true
					}
				}
			}
			if len(ids) != 1 {
				t.Errorf("want one person, got %s | %s", mentionIDs(ms[0]), mentionIDs(ms[1]))
			}
			for _, a := range actors {
				if slices.Contains(a.Aliases, tc.suffix) {
					t.Errorf("%s has the alias %q", a.ID, tc.suffix)
				}
			}
		})
	}
}

// TestTwoGenerations: a name the corpus writes with two suffixes is a
// father and a son, two people.
func TestTwoGenerations(t *testing.T) {
	tests := []struct{ first, second string }{
		{"Orrin Taft Jr, 41, spoke first.", "Orrin Taft Sr, 70, spoke later."},
		{"Peter Loder III said he was sorry.", "Peter Loder II said he was proud."},
	}
	for _, tc := range tests {
		t.Run(tc.first, func(t *testing.T) {
			ms, _ := findAndResolve(t, []timeline.Document{docOf("a", tc.first), docOf("b", tc.second)})
			var a, b string
			for _, m := range ms[0] {
				if m.Kind == timeline.Person {
					a = m.ID
				}
			}
			for _, m := range ms[1] {
				if m.Kind == timeline.Person {
					b = m.ID
				}
			}
			if a == "" || a == b {
				t.Errorf("want two people, got %s | %s", mentionIDs(ms[0]), mentionIDs(ms[1]))
			}
		})
	}
}

// TestRegnalNumber: a monarch's number is no surname, and no alias.
func TestRegnalNumber(t *testing.T) {
	_, actors := findAndResolve(t, []timeline.Document{docOf("a", "King Mohammed VI appealed for prayers on Sunday.")})
	for _, a := range actors {
		if a.Name == "Mohammed VI" {
			if slices.Contains(a.Aliases, "VI") {
				t.Errorf("aliases %q hold the number", a.Aliases)
			}
			return
		}
	}
	t.Errorf("no Mohammed VI in %v", actors)
}
