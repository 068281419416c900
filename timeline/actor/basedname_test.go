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
	tests := []namedCase{
		{"Regulators also closed New York-based Harlow Bank on Sunday.", "Harlow Bank", timeline.Organization, "Harlow Bank"},
		{"\"This is a win,\" Gus Holm, director of the NMA's Bureau of Competition, said in a statement.", "Bureau of Competition",
			timeline.Organization, "Bureau of Competition"},
		{"Anna Berg, a director at Kelso University's Center for Security and Emerging Technology, voted to remove him.",
			"Center for Security and Emerging Technology", timeline.Organization, "Center for Security and Emerging Technology"},
	}
	checkNamed(t, tests)
}
