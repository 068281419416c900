package extract

import (
	"strings"
	"testing"
)

// TestDeedParticipleSummary: a participle closing a past clause is told
// in the past, as its subject's deed; one with a subject, an auxiliary or
// a clause of its own is left as written.
func TestDeedParticipleSummary(t *testing.T) {
	tests := []struct{ text, trigger, summary string }{
		{"A powerful earthquake struck Ostburg on Monday, killing six people.", "kill", "A powerful earthquake killed six people"},
		{"The storm hit the coast on Tuesday, destroying hundreds of homes and forcing thousands to flee.", "destroy", "The storm destroyed hundreds of homes"},
		{"The storm hit the coast on Tuesday, destroying hundreds of homes and forcing thousands to flee.", "force", "The storm forced thousands to flee"},
		{"Gunmen attacked the convoy on Friday, leaving three soldiers dead.", "leave", "Gunmen left three soldiers dead"},
		{"The river burst its banks on Sunday, cutting off two villages.", "cut off", "The river cut off two villages"},
		{"Carl Dahl resigned on Monday, stopping the inquiry.", "stop", "Carl Dahl stopped the inquiry"},
		// An aside before the verb is left as written.
		{"Carl Dahl, touring the plant on Monday, praised the workers.", "tour", "Carl Dahl touring the plant"},
		// A present clause keeps its participle.
		{"The storm is moving north, forcing thousands to flee.", "force", "The storm forcing thousands to flee"},
	}
	for _, tt := range tests {
		t.Run(tt.text+" "+tt.trigger, func(t *testing.T) {
			r := parseText(t, tt.text)
			if e := eventBy(t, r, tt.trigger); e.Summary != tt.summary {
				t.Errorf("summary %q, want %q%s", e.Summary, tt.summary, describe(r))
			}
		})
	}
}

// TestAbsoluteParticiple: a participle after "with" and its own subject
// is no deed of the clause before: "with Dahl and Falk leading the
// delegations" is not told as the officials' leading.
func TestAbsoluteParticiple(t *testing.T) {
	text := "Last week, in Ostburg, Norland and Sudland officials held their first formal talks on the dispute, with Foreign Minister Carl Dahl and Eva Falk, the Sudland foreign minister, leading the delegations."
	r := parseText(t, text)
	if e := eventBy(t, r, "lead"); strings.Contains(e.Summary, "officials led") {
		t.Errorf("summary %q tells the officials led%s", e.Summary, describe(r))
	}
}
