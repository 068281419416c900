package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestPronouns names the person a pronoun stands for as the event's
// participant.
func TestPronouns(t *testing.T) {
	tests := []struct {
		name, text, trigger, role, want string
	}{
		{"the one person of the sentence before", "Anna Berg flew to Ostburg on Monday. She resigned on Wednesday.", "resign", timeline.RoleAgent, "anna-berg"},
		{"two people before", "Anna Berg met Carl Dahl on Monday. She resigned on Wednesday.", "resign", timeline.RoleAgent, ""},
		{"earlier in the sentence", "Gus Holm said he would resign.", "resign", timeline.RoleAgent, "gus-holm"},
		{"a possessive", "Carl Dahl left Ostburg. His resignation shocked Norland.", "resignation", timeline.RoleAgent, "carl-dahl"},
		{"nobody named before", "He resigned on Monday.", "resign", timeline.RoleAgent, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := parseText(t, tc.text)
			for i := range r.Events {
				if e := &r.Events[i]; e.Trigger == tc.trigger {
					if got := role(e, tc.role); got != tc.want {
						t.Errorf("%s %q, want %q%s", tc.role, got, tc.want, describe(r))
					}
					return
				}
			}
			t.Errorf("no event %q%s", tc.trigger, describe(r))
		})
	}
}
