package actor

import "testing"

// TestModifiedDescriptions: a definite description with a noun before
// its head ("the spy agency") stands for the one body of its type the
// document names before it, not for one of several nor when the word is
// a field that tells bodies apart; "the opposition party" is a party,
// the one the text called the opposition, or the named party it stands
// beside.
func TestModifiedDescriptions(t *testing.T) {
	tests := []struct {
		text, mention, want string // want "" : the description is no mention of its own
	}{
		{"The Corvan Intelligence Service said on Monday that it had no record. The spy agency said its director was not told.", "spy agency", "Corvan Intelligence Service"},
		{"The Corvan Intelligence Service and the Tessaly Customs Service said they had no record. The spy agency said its director was not told.", "spy agency", "spy agency"},
		{"The Ministry of Finance said it had no record. The health ministry said its director was not told.", "health ministry", "health ministry"},
		{"The main opposition Unity Party voted against the bill. The opposition party said it would sue.", "opposition party", "Unity Party"},
		{"The Unity Party, the main opposition party, said it would sue.", "opposition party", ""},
		{"Voters in the north backed the opposition", "opposition", "opposition"}, // the noun ends the sentence
	}
	for _, tc := range tests {
		all := findTexts(t, []string{tc.text})[0]
		got := ""
		for _, m := range all {
			if m.Text == tc.mention {
				got = m.Name
			}
			if m.Text == "opposition" && tc.mention != "opposition" {
				t.Errorf("%q: %q is a mention of its own", tc.text, m.Text)
			}
		}
		if got != tc.want {
			t.Errorf("%q: %q is named %q, want %q (%v)", tc.text, tc.mention, got, tc.want, all)
		}
	}
}
