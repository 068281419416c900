package language

import "testing"

// TestSaidClauseParticiple: a past form read as a participle of the first
// of two subjects of a saying is the verb of what was said; a participle
// of a subject whose clause has a verb stays one.
func TestSaidClauseParticiple(t *testing.T) {
	checkArcs(t, []arcCase{
		{"A ferry capsized off the coast on Saturday, the coast guard said.", "capsized", "said", "ccomp", false},
		{"A ferry capsized off the coast on Saturday, the coast guard said.", "ferry", "capsized", "nsubj", false},
		{"A passenger ferry carrying 312 people capsized in rough seas late on Saturday, the coast guard said.", "capsized", "said", "ccomp", false},
		{"A passenger ferry carrying 312 people capsized in rough seas late on Saturday, the coast guard said.", "people", "carrying", "obj", false},
		{"A passenger ferry carrying 312 people capsized in rough seas late on Saturday, the coast guard said.", "guard", "said", "nsubj", false},
		{"\"Both sides made hard choices,\" he said.", "made", "said", "ccomp", false}, // a quotation closed after the comma
		{"Two men arrested on Monday were released, police said.", "arrested", "men", "acl", false},
		{"The ship, built in 1998, sank on Saturday, officials said.", "built", "ship", "acl", false},
	})
}

// TestMemberClause: a clause that "after" opens with a part of a group for
// its subject ("one of the ferries sank") is a clause, not the group's
// relative; a phrase of "after" with no verb stays a phrase.
func TestMemberClause(t *testing.T) {
	checkArcs(t, []arcCase{
		{"Police arrested Victor Lim on Wednesday, four days after one of the company's ferries sank with 312 people on board.", "sank", "arrested", "advcl", false},
		{"Police arrested Victor Lim on Wednesday, four days after one of the company's ferries sank with 312 people on board.", "one", "sank", "nsubj", false},
		{"The mine reopened a year after two of its shafts collapsed.", "collapsed", "reopened", "advcl", false},
		{"He resigned after one of the meetings.", "one", "resigned", "obl", false},
		{"She left after some of the guests invited by the host arrived.", "invited", "guests", "acl", false},
	})
}
