package language

import "testing"

// TestContactRelativeSpeaker: a closing speaker whose noun has a relative
// clause with no relative pronoun is the subject of the verb of saying,
// which is the root, and the clause, with its stranded preposition, is
// the noun's; a speaker with no such clause is left as parsed.
func TestContactRelativeSpeaker(t *testing.T) {
	const (
		freed  = "Two aid workers were freed on Tuesday, the charity they work for said."
		closed = "The plant will close, the union its members belong to said on Tuesday."
		quoted = "\"We are safe,\" the charity they work for said."
	)
	checkArcs(t, []arcCase{
		{freed, "said", "", "root", false},
		{freed, "charity", "said", "nsubj", false},
		{freed, "work", "charity", "acl:relcl", false},
		{freed, "freed", "said", "ccomp", false},
		{closed, "union", "said", "nsubj", false},
		{closed, "belong", "union", "acl:relcl", false},
		{closed, "members", "belong", "nsubj", false},
		{closed, "Tuesday", "said", "obl", false},
		{quoted, "for", "work", "obl", false},
		{"Anna Berg was arrested, the police she had called said.", "police", "said", "nsubj", false},
		{"Talks collapsed on Monday, the company Anna Berg founded said.", "Anna", "founded", "nsubj", false},
		{"Two aid workers were freed on Tuesday, the charity said.", "charity", "said", "nsubj", false}, // parsed right already
		{"Prices will rise, the chief executive Anna Berg said.", "Anna", "said", "nsubj", false},       // a name, no clause
	})
}
