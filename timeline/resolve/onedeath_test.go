package resolve

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestOneDeath: a named person dies once, whichever kind each telling of
// the killing was given.
func TestOneDeath(t *testing.T) {
	actors := []timeline.Actor{
		{ID: "carl-dahl", Name: "Carl Dahl", Kind: timeline.Person},
		{ID: "eva-falk", Name: "Eva Falk", Kind: timeline.Person},
		{ID: "gus-holm", Name: "Gus Holm", Kind: timeline.Person},
		{ID: "gunmen", Name: "gunmen", Kind: "group"},
	}
	runGroupCases(t, actors, []groupCase{
		{
			name: "an attack and a death in one document, a death in another",
			in: []m{
				{doc: "a", at: 1, kind: "attack", trigger: "kill", actors: "a:gunmen t:carl-dahl", when: "2025-05-05"},
				{doc: "a", at: 90, kind: "death", trigger: "kill", actors: "t:carl-dahl", when: "2025-05-05"},
				{doc: "b", at: 1, kind: "death", trigger: "die", actors: "a:carl-dahl", when: "2025-05-05"},
			},
			want: [][]string{{"a@1", "a@90", "b@1"}},
		},
		{
			name: "an attack told with its killers, deaths without them, one undated",
			in: []m{
				{doc: "a", at: 1, kind: "attack", trigger: "kill", actors: "a:gunmen t:carl-dahl", when: "2025-05-05", places: "Oslo"},
				{doc: "a", at: 90, kind: "death", status: "reported", trigger: "die", actors: "a:carl-dahl"},
				{doc: "a", at: 150, kind: "death", trigger: "kill", actors: "t:carl-dahl", when: "2025-05-05"},
				{doc: "b", at: 1, kind: "death", trigger: "murder", status: "reported", actors: "t:carl-dahl", when: "2025-05-05"},
			},
			want: [][]string{{"a@1", "a@90", "a@150", "b@1"}},
		},
		{
			name: "two people killed",
			in: []m{
				{doc: "a", at: 1, kind: "death", trigger: "kill", actors: "t:carl-dahl", when: "2025-05-05"},
				{doc: "b", at: 1, kind: "death", trigger: "kill", actors: "t:eva-falk", when: "2025-05-05"},
			},
			want: [][]string{{"a@1"}, {"b@1"}},
		},
		{
			name: "the killer killed",
			in: []m{
				{doc: "a", at: 1, kind: "attack", trigger: "kill", actors: "a:gus-holm t:carl-dahl", when: "2025-05-05"},
				{doc: "b", at: 1, kind: "death", trigger: "kill", actors: "t:gus-holm", when: "2025-05-05"},
			},
			want: [][]string{{"a@1"}, {"b@1"}},
		},
	})
}
