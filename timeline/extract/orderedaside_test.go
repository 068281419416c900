package extract

import "testing"

// TestOrderedAfterAside checks that what a verb of ordering asks of a
// named object is the object's deed when an age or a title set off by
// commas stands between them; a purpose after a thing ordered stays the
// orderer's.
func TestOrderedAfterAside(t *testing.T) {
	runActorCases(t, []struct{ text, trigger, want string }{
		{"Judge Anna Berg ordered Carl Dahl, 61, to repay $2.3 million that he received in exchange for city contracts.", "repay", "agent:carl-dahl"},
		{"The court ordered Carl Dahl, a former mayor, to repay $2.3 million.", "repay", "agent:carl-dahl"},
		{"Police ordered the evacuation of the building, to protect residents.", "protect", ""},
	})
}
