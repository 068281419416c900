package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestTitleFieldsJoined: a title whose "of" names two fields joined by
// "and" ends before the name; the second field opens no person's name.
func TestTitleFieldsJoined(t *testing.T) {
	tests := []struct {
		text, person, role string
	}{
		{"Secretary of Communications and Transportation Tomas Ruiz Vela said on Twitter that the pilots survived.",
			"Tomas Ruiz Vela", "Secretary of Communications and Transportation"},
		{"Minister of Health and Welfare Ilse Varga said on Monday that clinics would reopen.",
			"Ilse Varga", "Minister of Health and Welfare"},
		{"Chief of Police Barry Weber said on Monday that two men were held.", "Barry Weber", "Chief of Police"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			all, _ := findAndResolve(t, []timeline.Document{docOf("a", tc.text)})
			found := false
			for _, m := range all[0] {
				if m.Kind == timeline.Person {
					if m.Name != tc.person || m.Role != tc.role {
						t.Errorf("person %q role %q, want %q role %q", m.Name, m.Role, tc.person, tc.role)
					}
					found = true
				}
			}
			if !found {
				t.Errorf("no person in %+v", all[0])
			}
		})
	}
}
