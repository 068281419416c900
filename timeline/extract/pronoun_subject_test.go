package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestPronounNearestSubject: a subject pronoun in a clause under the verb
// of the sentence's one person is that person, though the story gave
// another, of the pronoun's gender, just before; the gender known is a
// filter, not a preference over the nearer subject.
func TestPronounNearestSubject(t *testing.T) {
	tests := []struct {
		name, text, trigger, role, want string
	}{
		{"a subject pronoun under the subject's verb of saying",
			"Carl Dahl praised the deal on Monday. Gus Holm confirmed in a letter to staff that he would step down.",
			"step down", timeline.RoleAgent, "gus-holm"},
		{"a subject pronoun of a bare complement",
			"Carl Dahl spoke on Monday. Gus Holm said he would resign.",
			"resign", timeline.RoleAgent, "gus-holm"},
		{"a possessive still prefers the woman just told of",
			"Anna Berg resigned on Monday. Gus Holm accepted her resignation.",
			"resignation", timeline.RoleAgent, "anna-berg"},
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
