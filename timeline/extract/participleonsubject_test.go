package extract

import (
	"slices"
	"testing"
)

// TestParticipleOnSubject: a past participle opening a sentence right
// before its subject's noun modifies the noun, whose person underwent it
// and did not do it; one with words of its own is a clause.
func TestParticipleOnSubject(t *testing.T) {
	tests := []struct {
		text, trigger string
		actors        []string // the event's actors, or nil when there must be no event
	}{
		{"Jailed activist Carl Dahl began a hunger strike.", "jail", []string{"patient:carl-dahl"}},
		{"Banned sprinter Anna Berg filed an appeal on Monday.", "ban", nil},
		{"Banned sprinter Kofi Mensar filed an appeal against his doping suspension on Monday.", "ban", nil},
		{"Asked about the deal, Anna Berg said nothing.", "say", []string{"agent:anna-berg"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseTextCast(t, tt.text, []who{{text: "Kofi Mensar", id: "kofi-mensar"}}, nil)
			e := eventWith(r, tt.trigger)
			switch {
			case tt.actors == nil && e != nil && agent(*e) != "":
				t.Errorf("agent %q of %q%s", agent(*e), e.Summary, describe(r))
			case tt.actors != nil && e == nil:
				t.Errorf("no %q event%s", tt.trigger, describe(r))
			case tt.actors != nil && !slices.Equal(append(agentRole(*e), others(*e)...), tt.actors):
				t.Errorf("actors %v, want %v%s", append(agentRole(*e), others(*e)...), tt.actors, describe(r))
			}
		})
	}
}

// agentRole returns e's agent as a role:id, or nothing.
func agentRole(e EventMention) []string {
	if a := agent(e); a != "" {
		return []string{"agent:" + a}
	}
	return nil
}
