package extract

import (
	"strings"
	"testing"
)

// TestThingNamedFor: a person's name that qualifies a thing ("the James
// Webb telescope") is no doer of what the thing does; a name before
// people ("Gus Holm supporters") and a name alone stay the doers.
func TestThingNamedFor(t *testing.T) {
	cast := []who{{text: "James Webb", id: "james-webb"}, {text: "Lena Hubble", id: "lena-hubble"}, {text: "Hubble", id: "lena-hubble", name: "Lena Hubble"}}
	tests := []struct{ text, trigger, agent, summary string }{
		{"The James Webb telescope photographed the galaxy on Monday.", "photograph", "-", "telescope"},
		{"The Hubble and James Webb space telescopes also observed the crash.", "observe", "-", "telescopes"},
		// The word-order rules read the name as the subject (dropThingModifier).
		{"The James Webb tanker seized a fishing boat on Monday.", "seize", "-", "tanker"},
		{"James Webb observed the galaxy on Monday.", "observe", "james-webb", "James Webb"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseTextCast(t, tt.text, cast, nil)
			e := eventBy(t, r, tt.trigger)
			if a := agent(e); tt.agent == "-" && a != "" || tt.agent != "-" && a != tt.agent {
				t.Errorf("%q has agent %q, want %q%s", e.Summary, a, tt.agent, describe(r))
			}
			if !strings.Contains(e.Summary, tt.summary) {
				t.Errorf("%q lacks %q%s", e.Summary, tt.summary, describe(r))
			}
		})
	}
}
