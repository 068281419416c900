package resolve

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestStateActors: a country and its government are one agent of a
// deed, never of a saying.
func TestStateActors(t *testing.T) {
	actors := []timeline.Actor{
		{ID: "norland", Name: "Norland", Kind: timeline.Country},
		{ID: "norlish-government", Name: "Norlish government", Kind: timeline.Organization, Country: "norland"},
		{ID: "ostburg", Name: "Ostburg", Kind: "place"},
	}
	runGroupCases(t, actors, []groupCase{
		{
			name: "a country and its government annexing one town",
			in: []m{
				{doc: "a", at: 1, kind: "attack", trigger: "annex", actors: "a:norland t:ostburg", when: "2014-03-18"},
				{doc: "b", at: 1, kind: "attack", trigger: "annex", actors: "a:norlish-government t:ostburg", when: "2014-03-18"},
			},
			want: [][]string{{"a@1", "b@1"}},
		},
		{
			name: "a country and its government saying two things",
			in: []m{
				{doc: "a", at: 1, kind: "statement", trigger: "say", actors: "a:norland", when: "2014-03-18", object: "the town was calm"},
				{doc: "b", at: 1, kind: "statement", trigger: "insist", actors: "a:norlish-government", when: "2014-03-18", object: "the town was never taken"},
			},
			want: [][]string{{"a@1"}, {"b@1"}},
		},
	})
}
