package actor

import "testing"

// TestTheForce: "the force" with a verb after it is the police the
// document named before it; the force of a blast, or a document naming
// no police, gives no one.
func TestTheForce(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"The mayor said the police had acted lawfully. The force said it had received two complaints.", "police=police The force=police"},
		{"Essex Police arrested a man. The force has apologised.", "Essex Police=essex-police The force=essex-police"},
		// Must not change.
		{"The police said the force of the blast was huge.", "police=police"},
		{"Anna Berg said the force had been sent.", "Anna Berg=anna-berg"},
	} {
		checkLastDoc(t, []string{tc.text}, tc.want)
	}
}
