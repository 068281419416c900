package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestOrgNameOfThe: "of the" and "for the" go on inside a body's name
// when capitalised words follow, and not before a phrase of the sentence.
func TestOrgNameOfThe(t *testing.T) {
	tests := []struct{ text, name string }{
		{"The officers formed the National Council for the Defence of the Republic on Friday.", "National Council for the Defence of the Republic"},
		{"The Kessel District Court of the Dovrik Region ruled on Monday.", "Kessel District Court of the Dovrik Region"},
		{"The Kelby Council for the first time voted against the plan.", "Kelby Council"},
	}
	for _, tc := range tests {
		checkKind(t, []string{tc.text}, tc.name, timeline.Organization)
	}
}

// TestRunOpeners: an adjective that opens a sentence before a body's name
// is no part of it.
func TestRunOpeners(t *testing.T) {
	checkKind(t, []string{"Opposition Kelby Party leader Ann Vell called for an election."}, "Kelby Party", timeline.Organization)
	checkKind(t, []string{"Former Dovrik Rovers striker Ivo Dane said he would retire."}, "Dovrik Rovers", timeline.Organization)
}
