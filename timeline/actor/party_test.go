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

// TestPartyMembersJoin: a party named by its members in the plural is
// the party of the story named with their adjective and "Party".
func TestPartyMembersJoin(t *testing.T) {
	for _, tc := range []struct {
		docs        [][]string
		plural, pty string
	}{
		{[][]string{{"The Forward Democratic Party chose Anna Berg as its leader on Monday."}, {"The Forward Democrats and the Farmers' Union hold a majority."}},
			"Forward Democrats", "Forward Democratic Party"},
		{[][]string{{"The Forward Democrats and the Greens said they would press for an inquiry. Carl Dahl, a lawmaker of the Green Party, agreed."}},
			"Greens", "Green Party"},
		{[][]string{{"The Green Alliance, led by Anna Berg, came third."}, {"The Greens will hold four ministries, Berg said."}},
			"Greens", "Green Alliance"},
		// "Party" names the party before another head does.
		{[][]string{{"The Green Alliance, a think tank, backed the plan. Carl Dahl, a lawmaker of the Green Party, agreed."}, {"The Greens will hold four ministries, Dahl said."}},
			"Greens", "Green Party"},
	} {
		t.Run(tc.plural, func(t *testing.T) {
			docs := findAll(tc.docs...)
			Resolve(docs)
			a, b := idsOf(t, docs, tc.plural), idsOf(t, docs, tc.pty)
			if len(a) != 1 || len(b) != 1 || a[0] != b[0] {
				t.Errorf("%q is %v, %q is %v: want one", tc.plural, a, tc.pty, b)
			}
		})
	}
}
