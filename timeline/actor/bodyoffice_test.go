package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestBodyOffices: an office held in a body names the one person the
// story gives that office in that body, in the same document or another.
func TestBodyOffices(t *testing.T) {
	const named = "The chief executive of Varna Hydro, Petar Ilchev, said the dam was safe."
	tests := []struct {
		name string
		docs []string
		text string // the office's mention in the last document
		want string // the person it names; "" for no mention
	}{
		{"office of the body", []string{named + " The chief executive of Varna Hydro resigned on Tuesday."}, "The chief executive", "Petar Ilchev"},
		{"the body's office", []string{named + " Varna Hydro's chief executive resigned on Tuesday."}, "chief executive", "Petar Ilchev"},
		{"the described body's office", []string{named + " The company's chief executive resigned on Tuesday."}, "chief executive", "Petar Ilchev"},
		{"its office", []string{named + " It cut prices in May. Its chief executive resigned on Tuesday."}, "Its chief executive", "Petar Ilchev"},
		{"the office alone", []string{named + " The chief executive resigned on Tuesday."}, "The chief executive", "Petar Ilchev"},
		{"another document's holder", []string{named, "The chief executive of Varna Hydro resigned on Tuesday."}, "The chief executive", "Petar Ilchev"},
		{"the office in the body named", []string{"Petar Ilchev, chairman of Varna Hydro, and Ana Ilic, chairman of Kestrel Lumen, met. The chairman of Kestrel Lumen resigned."},
			"The chairman", "Ana Ilic"},
		{"a town's office", []string{"Anton Sever, the mayor of Dovrik, spoke in Dovrik. The mayor of Dovrik resigned."}, "The mayor", "Anton Sever"},
		{"no one holds it", []string{named, "The chief executive of Orbis Dynamics resigned on Tuesday."}, "The chief executive", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			all := findTexts(t, tc.docs)
			last := all[len(all)-1]
			found := false
			for _, m := range last {
				if m.Text != tc.text {
					continue
				}
				found = true
				if m.Name != tc.want || m.Kind != timeline.Person {
					t.Errorf("%q names %s %q, want %q", m.Text, m.Kind, m.Name, tc.want)
				}
			}
			if !found && tc.want != "" {
				t.Errorf("no mention %q in %s", tc.text, mentionIDs(last))
			}
		})
	}
}
