package actor

import "testing"

// TestListedNamesAreSeveral: the last two names of a list joined by "and",
// or a club's word after "and", are no one body's name, as "Rail and
// Transport Union" is.
func TestListedNamesAreSeveral(t *testing.T) {
	for _, c := range []struct{ text, not, want string }{
		{"Lenders including Norvia Bank, Skyline and Capital cut rates on Friday.", "Skyline and Capital", "Norvia Bank"},
		{"Kestrel and United said on Friday they would cancel flights.", "Kestrel and United", ""},
		{"The Rail and Transport Union called a strike on Monday.", "", "Rail and Transport Union"},
		{"Officials of the Lenmark Agency, Food and Drug Administration and police met.", "", "Food and Drug Administration"},
	} {
		got := map[string]bool{}
		for _, m := range findTexts(t, []string{c.text})[0] {
			got[m.Name] = true
		}
		if c.not != "" && got[c.not] {
			t.Errorf("%q: %q is one actor", c.text, c.not)
		}
		if c.want != "" && !got[c.want] {
			t.Errorf("%q: no %q in %v", c.text, c.want, got)
		}
	}
}
