package actor

import "testing"

// TestPlaceOpensBodyName: a city of the gazetteer before a capitalised run
// that holds an organisation word further on opens that body's name, and
// is neither a place nor its government there.
func TestPlaceOpensBodyName(t *testing.T) {
	for _, c := range []struct{ text, name string }{
		{"The Tokyo District Court on Tuesday revoked his bail.", "Tokyo District Court"},
		{"The Oslo District Prosecutors Office declined to comment.", "Oslo District Prosecutors Office"},
		{"Prosecutors in the Cairo Criminal Court asked for a delay.", "Cairo Criminal Court"},
	} {
		kinds := map[string]string{}
		for _, m := range findTexts(t, []string{c.text})[0] {
			kinds[m.Name] = m.Kind
		}
		if kinds[c.name] != "organization" {
			t.Errorf("%q: mentions %v, want the organisation %q", c.text, kinds, c.name)
		}
	}
}
