package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestReleasedPossessor: a person's release ("Berg's release") frees the
// person, who is its patient; it is no statement.
func TestReleasedPossessor(t *testing.T) {
	tests := []roleCase{
		{"a named possessor is the one freed",
			"Carl Dahl announced Anna Berg's release at the Palace on Thursday.",
			"release", timeline.RolePatient, "anna-berg"},
		{"a pronoun possessor too",
			"Anna Berg was held for ten months. Carl Dahl said on Thursday that her release followed months of talks.",
			"release", timeline.RolePatient, "anna-berg"},
	}
	runRoleCases(t, tests)
	r := parseText(t, "Carl Dahl announced Anna Berg's release at the Palace on Thursday.")
	if e := eventBy(t, r, "release"); e.Kind != KindOther {
		t.Errorf("%q is %s, want %s%s", e.Summary, e.Kind, KindOther, describe(r))
	}
}
