package actor

import "testing"

// TestRegnalNames: a monarch named by a title and one name is the one the
// corpus numbers under a monarch's title, unless it numbers two of that
// name or the bare name bears no monarch's title.
func TestRegnalNames(t *testing.T) {
	tests := []struct {
		texts      []string
		bare, want string // the bare mention's text and the name it gets
	}{
		{[]string{"King Vardan IV opened parliament on Tuesday.", "King Vardan will ask him to form a government."}, "Vardan", "Vardan IV"},
		{[]string{"Pope Lucan XII spoke on Sunday.", "Pope Lucan met the president."}, "Lucan", "Lucan XII"},
		{[]string{"King Vardan IV opened parliament.", "King Vardan VI was crowned.", "King Vardan will ask him to form a government."}, "Vardan", "Vardan"},
		{[]string{"King Vardan IV opened parliament on Tuesday.", "King Vardan arrived on Monday. Vardan, who was crowned in May, spoke briefly."}, "Vardan", "Vardan IV"},
		{[]string{"King Vardan IV opened parliament on Tuesday.", "Vardan said the match was won."}, "Vardan", "Vardan"},
	}
	for _, tc := range tests {
		all := findTexts(t, tc.texts)
		last := all[len(all)-1]
		found := false
		for _, m := range last {
			if m.Text == tc.bare {
				found = true
				if m.Name != tc.want {
					t.Errorf("%v: %q is named %q, want %q", tc.texts, m.Text, m.Name, tc.want)
				}
			}
		}
		if !found {
			t.Errorf("%v: no mention %q in %v", tc.texts, tc.bare, last)
		}
	}
}
