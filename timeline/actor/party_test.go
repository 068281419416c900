package actor

import "testing"

// TestPartiesByName: a party named in the plural is one organisation, and
// a party's word opening a sentence before its members' noun is theirs.
func TestPartiesByName(t *testing.T) {
	for _, c := range []struct{ text, name, kind string }{
		{"The Liberal Democrats and the Greens also called for an election.", "Liberal Democrats", "organization"},
		{"Voters backed the Social Democrats on Sunday.", "Social Democrats", "organization"},
		{"Members of the chancellor's Christian Democrats called for him to go.", "Christian Democrats", "organization"},
		{"Labour MPs met on Monday to discuss the budget.", "Labour MPs", "group"},
		{"Senior MPs met on Monday to discuss the budget.", "MPs", "group"},
		{"Many Democrats voted against the bill on Monday.", "", ""},
		{"House Democrats voted against the bill on Monday.", "", ""},
	} {
		got := map[string]string{}
		for _, m := range findTexts(t, []string{c.text})[0] {
			got[m.Name] = m.Kind
		}
		if c.name == "" {
			for n, k := range got {
				if k == "organization" {
					t.Errorf("%q: %q is an organisation", c.text, n)
				}
			}
			continue
		}
		if got[c.name] != c.kind {
			t.Errorf("%q: %q is %q, want %q (%v)", c.text, c.name, got[c.name], c.kind, got)
		}
	}
}
