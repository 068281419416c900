package actor

import "testing"

// TestStateOrgJoinedFields: a body named after its state keeps the state
// when fields joined by "and" stand before its organisation word.
func TestStateOrgJoinedFields(t *testing.T) {
	text := "The United States Olympic and Paralympic Committee called for a delay on Monday. " +
		"The Norwegian Arts and Letters Council declined to comment."
	want := map[string]string{
		"United States Olympic and Paralympic Committee": "united-states",
		"Norwegian Arts and Letters Council":             "norway",
	}
	got := map[string]string{}
	for _, m := range findTexts(t, []string{text})[0] {
		got[m.Name] = m.Country
	}
	for name, country := range want {
		if c, ok := got[name]; !ok || c != country {
			t.Errorf("%q: country %q (found %v), want %q; mentions %v", name, c, ok, country, got)
		}
	}
}
