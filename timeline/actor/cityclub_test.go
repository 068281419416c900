package actor

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestCityClub: a word before a city of the gazetteer names a club or a
// firm; a word qualifying the place or a given name does not.
func TestCityClub(t *testing.T) {
	for _, tc := range []struct{ text, name, kind string }{
		{"Dynamo Madrid signed Carl Dahl on Monday.", "Dynamo Madrid", timeline.Organization},
		{"Anna Berg left Vardo Milan's board on Friday.", "Vardo Milan", timeline.Organization},
		{"Anna Berg flew to Madrid on Monday.", "Madrid", timeline.Place},
	} {
		checkKind(t, []string{tc.text}, tc.name, tc.kind)
	}
	for _, text := range []string{"Peter Madrid said he would stay.", "Protests Rock Madrid As Talks Fail", "Crowds gathered in Greater London on Monday."} {
		for _, m := range findTexts(t, []string{text})[0] {
			if m.Kind == timeline.Organization && strings.Contains(m.Text, " ") {
				t.Errorf("%q: %q is no body", text, m.Text)
			}
		}
	}
}
