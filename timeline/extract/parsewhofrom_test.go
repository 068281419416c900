package extract

import "testing"

// TestWhoFromPlace checks that a "who" clause after a person's place of
// origin is the person's, not the place's.
func TestWhoFromPlace(t *testing.T) {
	runActorCases(t, []struct{ text, trigger, want string }{
		{"The second person to be vaccinated was Carl Dahl, 81, from Ostshire, who was treated at the same hospital.", "treat", "patient:carl-dahl"},
	})
}
