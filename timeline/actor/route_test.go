package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestRouteEnd: a capital at one end of a route to or from a town or a
// stretch of country is a place; between two capitals, or sent a word,
// it stays its government.
func TestRouteEnd(t *testing.T) {
	for _, tc := range []struct{ text, written, kind string }{
		{"Northwind Rail, which runs services from London to the south coast, said it was sorry.", "London", timeline.Place},
		{"The line carries trains from Kelby to London every hour.", "London", timeline.Place},
		{"Northwind Rail runs trains from Paris to Vardo.", "Paris", timeline.Place},
		{"Pressure from London to end the strike grew on Monday.", "London", timeline.Organization},
		{"A message from Washington to Moscow was delivered on Monday.", "Moscow", timeline.Organization},
	} {
		eachMention(t, tc.text, tc.written, func(m Mention) {
			if m.Kind != tc.kind {
				t.Errorf("%q: %q is a %s, want a %s", tc.text, tc.written, m.Kind, tc.kind)
			}
		})
	}
}
