package actor

import "testing"

// TestStateOwnsSoleBody: a state in the possessive before a body a state
// has one of ("Norvia's junta") is that state's body, as "Norvia's
// government" is.
func TestStateOwnsSoleBody(t *testing.T) {
	tests := []struct{ text, mention, country string }{
		{"Niger's junta closed the airspace on Sunday.", "junta", "niger"},
		{"Syria's regime said the town had fallen.", "regime", "syria"},
	}
	for _, tc := range tests {
		found := false
		for _, m := range findTexts(t, []string{tc.text})[0] {
			if m.Text == tc.mention {
				found = true
				if m.Country != tc.country {
					t.Errorf("%q: %q is of %q, want %q", tc.text, m.Text, m.Country, tc.country)
				}
			}
		}
		if !found {
			t.Errorf("%q: no mention %q", tc.text, tc.mention)
		}
	}
}
