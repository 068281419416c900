package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestBodyNamesInside: where a body is based is no part of its name; an
// office "of" or "for" its field after another body's possessive is a body
// of its own, with the owner named apart ("the Vell agency's Bureau of
// Competition"), and a center is named by its field as a bureau is.
func TestBodyNamesInside(t *testing.T) {
	tests := []struct{ text, word, kind, name string }{
		{"Regulators also closed New York-based Harlow Bank on Sunday.", "Harlow Bank", timeline.Organization, "Harlow Bank"},
		{"\"This is a win,\" Gus Holm, director of the NMA's Bureau of Competition, said in a statement.", "Bureau of Competition",
			timeline.Organization, "Bureau of Competition"},
		{"Anna Berg, a director at Kelso University's Center for Security and Emerging Technology, voted to remove him.",
			"Center for Security and Emerging Technology", timeline.Organization, "Center for Security and Emerging Technology"},
	}
	for _, tc := range tests {
		found := false
		ms := findOne(tc.text)
		for _, m := range ms {
			if m.Text != tc.word {
				continue
			}
			found = true
			if m.Kind != tc.kind || m.Name != tc.name {
				t.Errorf("%q: %q is a %s named %q, want a %s named %q", tc.text, m.Text, m.Kind, m.Name, tc.kind, tc.name)
			}
		}
		if !found {
			t.Errorf("%q: no mention %q in %s", tc.text, tc.word, mentionIDs(ms))
		}
	}
}
