package language

import "testing"

// TestObjectAsSubject: the object of a verb of saying, with a finite
// clause right after its phrase that has no subject, is that clause's
// subject; an object before a clause with a subject of its own stays.
func TestObjectAsSubject(t *testing.T) {
	const text = "Ivo Renner said negotiations were the safest option."
	checkArcs(t, []arcCase{
		{text, "negotiations", "option", "nsubj", false},
		{text, "option", "said", "ccomp", false},
		{"Anna Berg warned voters the tax would rise.", "voters", "warned", "obj", false}, // the clause has a subject
	})
}
