package extract

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestPronounAfterTitledSubject: a possessive after a subject whose title
// holds a preposition ("Secretary of State Carl Dahl") stands for that
// subject, not for the one the sentence before told of, and the summary
// names him.
func TestPronounAfterTitledSubject(t *testing.T) {
	tests := []struct{ text, trigger, want string }{
		{"Gus Holm said on Saturday that the balloon would be dealt with. " +
			"Secretary of State Carl Dahl postponed his visit to Ostburg, and Ostburg has refused to take a call from Anna Berg, the ministry said this week.",
			"visit", "Carl Dahl"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			if e := eventBy(t, r, tt.trigger); !strings.Contains(e.Summary, tt.want) {
				t.Errorf("%s: summary %q does not name %s%s", tt.trigger, e.Summary, tt.want, describe(r))
			}
		})
	}
}

// TestPronounPastOtherPeople: the subject of a sentence is no antecedent
// of a pronoun two sentences on when the sentence between names other
// people, and no pronoun that keeps the subject in view.
func TestPronounPastOtherPeople(t *testing.T) {
	tests := []roleCase{
		{"people between, no subject among them",
			"Gus Holm quit on Tuesday. A delegation of ministers, led by Eva Falk, went to Ostburg to tell Carl Dahl it was time to go. He refused on Wednesday.",
			"refuse", timeline.RoleAgent, ""},
		{"a pronoun between keeps the one before in view",
			"Gus Holm said on Monday that Anna Berg was a fine lawyer. She has also worked with Eva Falk in Ostburg. He reported that she grew up in Westhaven.",
			"report", timeline.RoleAgent, "gus-holm"},
		{"no people between",
			"Gus Holm quit on Tuesday. Ministers were resigning every few minutes. He refused to go on Wednesday.",
			"refuse", timeline.RoleAgent, "gus-holm"},
	}
	runRoleCases(t, tests)
}
