package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestParticipleApposition: an apposition whose head word opens a
// participle's clause ("a group representing athletes") names the body
// by that head, so the name before it is an organisation; a person's
// title so followed still makes a person.
func TestParticipleApposition(t *testing.T) {
	for _, tc := range []struct{ text, name, kind string }{
		{"Athletes Voice, a group representing athletes in several sports, said the inquiry was late.", "Athletes Voice", timeline.Organization},
		{"Open Wing, a charity funded by donors in many towns, said it would help.", "Open Wing", timeline.Organization},
		// Must not change: a title head, and a body head ending the phrase.
		{"Eva Lund, a lawyer representing the family, said the club had lied.", "Eva Lund", timeline.Person},
		{"Open Wing, a charity, said it would help.", "Open Wing", timeline.Organization},
	} {
		checkKind(t, []string{tc.text}, tc.name, tc.kind)
	}
}
