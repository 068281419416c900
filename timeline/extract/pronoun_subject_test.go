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
	tests := []roleCase{
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
	runRoleCases(t, tests)
}
