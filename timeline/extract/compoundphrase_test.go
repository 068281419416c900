package extract

import (
	"strings"
	"testing"
)

// TestCompoundKeepsItsWords: a compound before a noun keeps its own
// number, adjective and compounds in a summary, not its possessor.
func TestCompoundKeepsItsWords(t *testing.T) {
	tests := []struct{ text, trigger, want string }{
		{"Anna Berg responded with 100% agreement on Monday.", "respond", "100% agreement"},
		{"Norland ordered fire safety tests on Monday.", "order", "fire safety tests"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			r, e := readEvent(t, tc.text, tc.trigger, true)
			if !strings.Contains(e.Summary, tc.want) {
				t.Errorf("summary %q, want %q%s", e.Summary, tc.want, describe(r))
			}
		})
	}
}

// TestRepeatedParticle: a verb's particle is not written twice when a
// time stands between the verb and its phrase.
func TestRepeatedParticle(t *testing.T) {
	// the temporal tagger marks the day alone, not "on Monday"
	r := parseTextWith(t, "Anna Berg called on Monday for an inquiry into the crash.", []when{{text: "Monday", start: "2025-03-17"}})
	e := eventBy(t, r, "call for")
	if want := "Anna Berg called for an inquiry into the crash"; e.Summary != want {
		t.Errorf("summary %q, want %q%s", e.Summary, want, describe(r))
	}
}
