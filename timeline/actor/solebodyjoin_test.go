package actor

import "testing"

// TestSoleBodyJoins: "the junta" of one article is the one junta the
// corpus names in full; two named leave it alone, and "the company" joins
// no one.
func TestSoleBodyJoins(t *testing.T) {
	tests := []struct {
		texts []string
		want  string // the id of the bare description's mention
	}{
		{[]string{"Niger's junta closed the airspace on Sunday.", "The junta said it would defend the country."}, "nigerien-junta"},
		{[]string{"Niger's junta closed the airspace.", "Mali's junta backed it.", "The junta said it would defend the country."}, "junta"},
	}
	for _, tc := range tests {
		all := findTexts(t, tc.texts)
		got := ""
		for _, m := range all[len(all)-1] {
			if m.Text == "junta" {
				got = m.ID
			}
		}
		if got != tc.want {
			t.Errorf("%v: the junta is %q, want %q", tc.texts, got, tc.want)
		}
	}
}
