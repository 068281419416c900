package actor

import (
	"strings"
	"testing"
)

// TestNicknameInName: a nickname in quotes between a given name and a
// surname is part of the one name, which goes without it; a quoted word
// elsewhere is no nickname.
func TestNicknameInName(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{`Her partner, Tomas "Tommy" Brede, testified on Tuesday.`, "Tomas Brede"},
		{"Former president Ivo \u201cSunny\u201d Dane was convicted on Thursday.", "Ivo Dane"},
		{`Mr Brede called the verdict "Unfair" Vell said.`, "Brede Vell"},
	} {
		doc := docOf("d", tc.text)
		var names []string
		for _, m := range NewFinder().Find(&doc) {
			names = append(names, m.Name)
		}
		if got := strings.Join(names, " "); got != tc.want {
			t.Errorf("%q: names %q, want %q", tc.text, got, tc.want)
		}
	}
}
