package actor

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestSharedSurname: a surname alone that two people of a document share
// is the one the document names most (the first on a tie), not the one
// named last; and a model's name before a surname is no given name.
func TestSharedSurname(t *testing.T) {
	tests := []struct{ text, surname, want, not string }{
		{"Arlen Voss, 38, was charged. Police said Arlen Voss fired twice. His wife, Mira Voss, was at home. Voss said nothing.",
			"Voss", "Arlen Voss", ""},
		{"Mira Voss, 36, called the police. Arlen Voss, 38, was charged. Police said Arlen Voss fired twice. Voss was held overnight.",
			"Voss", "Arlen Voss", ""},
		{"Tomas Brell, 52, was arrested. His brother, Eddo Brell, saw it. Brell was held overnight.",
			"Brell", "Tomas Brell", ""},
		{"Arlen Voss, 38, was charged. Officers found the silver Ford Fusion Voss was driving.",
			"Voss", "Arlen Voss", "Fusion Voss"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			ms, _ := findAndResolve(t, []timeline.Document{docOf("a", tc.text)})
			last := strings.LastIndex(tc.text, tc.surname)
			found := false
			for _, m := range ms[0] {
				if tc.not != "" && m.Name == tc.not {
					t.Errorf("%q is a person", m.Name)
				}
				if m.Start <= last && last < m.End {
					found = true
					if m.Name != tc.want {
						t.Errorf("the last %q is %q, want %q", tc.surname, m.Name, tc.want)
					}
				}
			}
			if !found {
				t.Errorf("the last %q is no mention: %s", tc.surname, mentionIDs(ms[0]))
			}
		})
	}
}
