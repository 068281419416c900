package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestParticipleOpenerSubject: a name closing an opening participle's
// clause, before the main verb, is the one who speaks and says.
func TestParticipleOpenerSubject(t *testing.T) {
	runRoleCases(t, []roleCase{
		{"with a description",
			"Speaking at a news conference in the town of Ostburg, Carl Dahl, the head of the port authority, said work would continue.",
			"say", timeline.RoleAgent, "carl-dahl"},
		{"the participle's too",
			"Speaking at a news conference in the town of Ostburg, Carl Dahl, the head of the port authority, said work would continue.",
			"speak", timeline.RoleAgent, "carl-dahl"},
		{"a titled name",
			"Speaking at a news conference in the port town, Maj Gen Carl Dahl, the head of the authority, said the road would reopen.",
			"say", timeline.RoleAgent, "carl-dahl"},
		{"a titled name, the participle's too",
			"Speaking at a news conference in the port town, Maj Gen Carl Dahl, the head of the authority, said the road would reopen.",
			"speak", timeline.RoleAgent, "carl-dahl"},
	})
}
