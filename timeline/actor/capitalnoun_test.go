package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestCapitalBeforeNoun: a capital after an article and before a common
// noun qualifies the noun as a place ("the London headquarters"), no
// government, and so after a possessive ("his Tokyo home"); after a verb
// it still stands for its government.
func TestCapitalBeforeNoun(t *testing.T) {
	checkKind(t, []string{"Officers searched the London headquarters of Kelby Analytica on Friday."}, "London", timeline.Place)
	checkKind(t, []string{"Prosecutors raided his Tokyo home on Thursday."}, "Tokyo", timeline.Place)
	checkKind(t, []string{"The plan is unacceptable to Moscow, officials said."}, "Moscow", timeline.Organization)
}
