package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestArticleBodies: a name "La" opens is a body's.
func TestArticleBodies(t *testing.T) {
	for _, text := range []string{
		"La Vardia president Carl Dahl said for weeks that he would challenge the deal.",
		"La Vardia has filed a complaint against the club.",
		`"We are calm," said La Vardia.`,
	} {
		checkKind(t, []string{text}, "La Vardia", timeline.Organization)
	}
	checkKind(t, []string{"Carl Dahl, La Vardia's president, said he would stay."}, "Carl Dahl", timeline.Person)
}
