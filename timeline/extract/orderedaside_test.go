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
	// An age the parse makes a second object of the verb.
	people := []who{{text: "Thomas Brandt", id: "thomas-brandt"}, {text: "Helen Park", id: "helen-park"}}
	text := "Judge Helen Park ordered Thomas Brandt, 61, to repay $2.3 million that he received in exchange for city contracts."
	r := parseTextCast(t, text, people, nil)
	if e := eventBy(t, r, "repay"); agent(e) != "thomas-brandt" {
		t.Errorf("repaid by %q, want thomas-brandt%s", agent(e), describe(r))
	}
}
