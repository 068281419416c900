package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestInitialsOwnOffice: initials in the possessive before an office
// ("the RMT's general secretary") are the body the office is held in, a
// mention of their own, so the holder's role names the body.
func TestInitialsOwnOffice(t *testing.T) {
	for _, tc := range []struct{ text, person, want string }{
		{"Members of the Rail Maritime and Transport union (RMT) voted. \"We are clear,\" said Anna Berg, the RMT's general secretary.",
			"Anna Berg", "general secretary of Rail Maritime and Transport union"},
		// What must not change.
		{"Members of the Rail Maritime and Transport union (RMT) voted. The RMT's general secretary, Anna Berg, said so.",
			"Anna Berg", "general secretary of Rail Maritime and Transport union"},
		{"Northwind Bank lent the money. \"We are clear,\" said Anna Berg, the bank's chief executive.",
			"Anna Berg", "chief executive of Northwind Bank"},
	} {
		ms, _ := findAndResolve(t, []timeline.Document{docOf("a", tc.text)})
		got := ""
		for _, m := range ms[0] {
			if m.Text == tc.person {
				got = m.Role
			}
		}
		if got != tc.want {
			t.Errorf("%q: role %q, want %q", tc.text, got, tc.want)
		}
	}
}
