package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestFirstWordLinks: a body's first word alone is the body, unless a
// state's office follows it, which makes it the place the office is held
// in; a company's name ending in a field is filed under its first word
// too.
func TestFirstWordLinks(t *testing.T) {
	tests := []struct {
		text, word string
		body       string // the name the word must have, "" for none of a body
	}{
		{"The Ohio Nurses Association accused the chain. Ohio Attorney General Diane Keller said she had complaints.", "Ohio", ""},
		{"The Kessel Rail Union called a strike. Kessel Mayor Ivo Dane said talks would go on.", "Kessel", ""},
		{"Halvard Construction won the contract. Halvard said work would begin soon.", "Halvard", "Halvard Construction"},
		{"Merriton Health runs 14 hospitals. Merriton said it would pay the fine.", "Merriton", "Merriton Health"},
	}
	for _, tc := range tests {
		got := ""
		for _, m := range findTexts(t, []string{tc.text})[0] {
			if m.Text == tc.word && m.Kind == timeline.Organization {
				got = m.Name
			}
		}
		if got != tc.body {
			t.Errorf("%q: %q is the body %q, want %q", tc.text, tc.word, got, tc.body)
		}
	}
}
